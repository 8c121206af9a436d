-- CreateTable
CREATE TABLE "RecordChange" (
    "sequence" BIGSERIAL NOT NULL,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "baseId" TEXT NOT NULL,
    "tableId" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "changedFields" JSONB NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "createdTime" TIMESTAMPTZ(3),
    "source" TEXT NOT NULL,
    "workspaceIds" JSONB NOT NULL,
    "actorId" UUID,

    CONSTRAINT "RecordChange_pkey" PRIMARY KEY ("sequence")
);

-- CreateIndex
CREATE INDEX "RecordChange_occurredAt_idx" ON "RecordChange"("occurredAt");
