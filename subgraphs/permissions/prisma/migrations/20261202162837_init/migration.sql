-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "AccessRole" AS ENUM ('NONE', 'VIEWER', 'COMMENTER', 'EDITOR', 'ADMIN', 'OWNER');

-- CreateEnum
CREATE TYPE "FieldAccess" AS ENUM ('HIDDEN', 'READ_ONLY', 'EDITABLE');

-- CreateTable
CREATE TABLE "Grant" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "baseId" TEXT NOT NULL,
    "tableId" TEXT NOT NULL DEFAULT '',
    "userId" UUID,
    "email" TEXT,
    "apiKeyId" UUID,
    "subject" TEXT NOT NULL,
    "role" "AccessRole" NOT NULL,
    "expiresAt" TIMESTAMPTZ(3),
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Grant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FieldRule" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "baseId" TEXT NOT NULL,
    "tableId" TEXT NOT NULL,
    "fieldId" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "access" "FieldAccess" NOT NULL,
    "createdById" UUID NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "FieldRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RowRule" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "baseId" TEXT NOT NULL,
    "tableId" TEXT NOT NULL,
    "role" "AccessRole" NOT NULL,
    "formula" TEXT NOT NULL,
    "createdById" UUID NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "RowRule_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Grant_workspaceId_baseId_idx" ON "Grant"("workspaceId", "baseId");

-- CreateIndex
CREATE UNIQUE INDEX "Grant_workspaceId_baseId_tableId_subject_key" ON "Grant"("workspaceId", "baseId", "tableId", "subject");

-- CreateIndex
CREATE INDEX "FieldRule_workspaceId_baseId_idx" ON "FieldRule"("workspaceId", "baseId");

-- CreateIndex
CREATE UNIQUE INDEX "FieldRule_workspaceId_tableId_fieldId_subject_key" ON "FieldRule"("workspaceId", "tableId", "fieldId", "subject");

-- CreateIndex
CREATE INDEX "RowRule_workspaceId_baseId_idx" ON "RowRule"("workspaceId", "baseId");

-- CreateIndex
CREATE UNIQUE INDEX "RowRule_workspaceId_tableId_role_key" ON "RowRule"("workspaceId", "tableId", "role");
