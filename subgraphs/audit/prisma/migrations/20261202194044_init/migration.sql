-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "audit_entry" (
    "id" UUID NOT NULL,
    "seq" BIGSERIAL NOT NULL,
    "chain" TEXT NOT NULL,
    "position" BIGINT NOT NULL,
    "workspaceId" UUID,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userId" TEXT,
    "apiKeyId" TEXT,
    "path" TEXT NOT NULL,
    "operation" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "errorCode" TEXT,
    "requestId" TEXT,
    "ip" TEXT,
    "userAgent" TEXT,
    "target" JSONB NOT NULL,
    "targetKeys" TEXT[],
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "audit_entry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_chain_head" (
    "chain" TEXT NOT NULL,
    "position" BIGINT NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "audit_chain_head_pkey" PRIMARY KEY ("chain")
);

-- CreateTable
CREATE TABLE "audit_checkpoint" (
    "id" UUID NOT NULL,
    "chain" TEXT NOT NULL,
    "position" BIGINT NOT NULL,
    "hash" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "keyId" TEXT NOT NULL,
    "signature" TEXT NOT NULL,

    CONSTRAINT "audit_checkpoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_retention" (
    "workspaceId" UUID NOT NULL,
    "days" INTEGER NOT NULL,

    CONSTRAINT "audit_retention_pkey" PRIMARY KEY ("workspaceId")
);

-- CreateTable
CREATE TABLE "record_change" (
    "sequence" BIGINT NOT NULL,
    "recordId" TEXT NOT NULL,
    "baseId" TEXT NOT NULL,
    "tableId" TEXT NOT NULL,
    "workspaceIds" TEXT[],
    "at" TIMESTAMPTZ(3) NOT NULL,
    "kind" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "actorId" TEXT,
    "changes" JSONB NOT NULL,

    CONSTRAINT "record_change_pkey" PRIMARY KEY ("sequence")
);

-- CreateTable
CREATE TABLE "feed_cursor" (
    "name" TEXT NOT NULL,
    "position" BIGINT NOT NULL,

    CONSTRAINT "feed_cursor_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE UNIQUE INDEX "audit_entry_seq_key" ON "audit_entry"("seq");

-- CreateIndex
CREATE INDEX "audit_entry_workspaceId_seq_idx" ON "audit_entry"("workspaceId", "seq" DESC);

-- CreateIndex
CREATE INDEX "audit_entry_workspaceId_userId_seq_idx" ON "audit_entry"("workspaceId", "userId", "seq" DESC);

-- CreateIndex
CREATE INDEX "audit_entry_workspaceId_operation_seq_idx" ON "audit_entry"("workspaceId", "operation", "seq" DESC);

-- CreateIndex
CREATE INDEX "audit_entry_targetKeys_idx" ON "audit_entry" USING GIN ("targetKeys");

-- CreateIndex
CREATE UNIQUE INDEX "audit_entry_chain_position_key" ON "audit_entry"("chain", "position");

-- CreateIndex
CREATE UNIQUE INDEX "audit_checkpoint_chain_position_key" ON "audit_checkpoint"("chain", "position");

-- CreateIndex
CREATE INDEX "record_change_recordId_sequence_idx" ON "record_change"("recordId", "sequence" DESC);
