-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "SyncState" AS ENUM ('PENDING', 'SYNCING', 'READY', 'ERROR');

-- CreateEnum
CREATE TYPE "WriteKind" AS ENUM ('CREATE', 'UPDATE', 'UPSERT', 'DELETE');

-- CreateEnum
CREATE TYPE "WriteStatus" AS ENUM ('PENDING', 'APPLIED', 'FAILED');

-- CreateTable
CREATE TABLE "Connection" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "tokenSealed" TEXT NOT NULL,
    "tokenHint" TEXT NOT NULL,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Connection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MirrorBase" (
    "id" TEXT NOT NULL,
    "workspaceId" UUID NOT NULL,
    "connectionId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "syncState" "SyncState" NOT NULL DEFAULT 'PENDING',
    "recordsDone" INTEGER NOT NULL DEFAULT 0,
    "recordsTotal" INTEGER,
    "tablesDone" INTEGER NOT NULL DEFAULT 0,
    "tablesTotal" INTEGER NOT NULL DEFAULT 0,
    "syncError" TEXT,
    "lastSyncedAt" TIMESTAMPTZ(3),
    "pollWatermark" TIMESTAMPTZ(3),
    "lastReconciledAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MirrorBase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MirrorTable" (
    "id" TEXT NOT NULL,
    "baseId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "primaryFieldId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "MirrorTable_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MirrorField" (
    "id" TEXT NOT NULL,
    "tableId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "description" TEXT,
    "options" JSONB,
    "position" INTEGER NOT NULL,

    CONSTRAINT "MirrorField_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MirrorView" (
    "id" TEXT NOT NULL,
    "tableId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "recordIds" JSONB,

    CONSTRAINT "MirrorView_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MirrorRecord" (
    "id" TEXT NOT NULL,
    "tableId" TEXT NOT NULL,
    "cells" JSONB NOT NULL,
    "createdTime" TIMESTAMPTZ(3) NOT NULL,
    "createdById" UUID,
    "mirroredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MirrorRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WriteBatch" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "baseId" TEXT NOT NULL,
    "tableId" TEXT NOT NULL,
    "kind" "WriteKind" NOT NULL,
    "requestedById" UUID,
    "idempotencyKey" TEXT,
    "status" "WriteStatus" NOT NULL DEFAULT 'PENDING',
    "error" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" TIMESTAMPTZ(3),

    CONSTRAINT "WriteBatch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WriteOp" (
    "id" BIGSERIAL NOT NULL,
    "batchId" UUID NOT NULL,
    "baseId" TEXT NOT NULL,
    "tableId" TEXT NOT NULL,
    "kind" "WriteKind" NOT NULL,
    "recordId" TEXT,
    "fields" JSONB,
    "typecast" BOOLEAN NOT NULL DEFAULT false,
    "replace" BOOLEAN NOT NULL DEFAULT false,
    "fieldsToMergeOn" JSONB,
    "status" "WriteStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "resultRecordId" TEXT,
    "leasedBy" TEXT,
    "leaseUntil" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WriteOp_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Connection_workspaceId_idx" ON "Connection"("workspaceId");

-- CreateIndex
CREATE INDEX "MirrorBase_workspaceId_idx" ON "MirrorBase"("workspaceId");

-- CreateIndex
CREATE INDEX "MirrorTable_baseId_idx" ON "MirrorTable"("baseId");

-- CreateIndex
CREATE INDEX "MirrorField_tableId_idx" ON "MirrorField"("tableId");

-- CreateIndex
CREATE INDEX "MirrorView_tableId_idx" ON "MirrorView"("tableId");

-- CreateIndex
CREATE INDEX "MirrorRecord_tableId_idx" ON "MirrorRecord"("tableId");

-- CreateIndex
CREATE UNIQUE INDEX "WriteBatch_baseId_idempotencyKey_key" ON "WriteBatch"("baseId", "idempotencyKey");

-- CreateIndex
CREATE INDEX "WriteOp_baseId_status_id_idx" ON "WriteOp"("baseId", "status", "id");

-- CreateIndex
CREATE INDEX "WriteOp_batchId_idx" ON "WriteOp"("batchId");

-- AddForeignKey
ALTER TABLE "MirrorBase" ADD CONSTRAINT "MirrorBase_connectionId_fkey" FOREIGN KEY ("connectionId") REFERENCES "Connection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MirrorTable" ADD CONSTRAINT "MirrorTable_baseId_fkey" FOREIGN KEY ("baseId") REFERENCES "MirrorBase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MirrorField" ADD CONSTRAINT "MirrorField_tableId_fkey" FOREIGN KEY ("tableId") REFERENCES "MirrorTable"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MirrorView" ADD CONSTRAINT "MirrorView_tableId_fkey" FOREIGN KEY ("tableId") REFERENCES "MirrorTable"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MirrorRecord" ADD CONSTRAINT "MirrorRecord_tableId_fkey" FOREIGN KEY ("tableId") REFERENCES "MirrorTable"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WriteOp" ADD CONSTRAINT "WriteOp_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "WriteBatch"("id") ON DELETE CASCADE ON UPDATE CASCADE;
