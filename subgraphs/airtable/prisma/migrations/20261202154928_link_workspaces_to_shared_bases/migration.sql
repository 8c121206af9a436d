-- DropForeignKey
ALTER TABLE "MirrorBase" DROP CONSTRAINT "MirrorBase_connectionId_fkey";

-- AlterTable: ops waiting in the outbox take their batch's workspace
ALTER TABLE "WriteOp" ADD COLUMN     "workspaceId" UUID;
UPDATE "WriteOp" o SET "workspaceId" = b."workspaceId" FROM "WriteBatch" b WHERE o."batchId" = b."id";
ALTER TABLE "WriteOp" ALTER COLUMN "workspaceId" SET NOT NULL;

-- CreateTable
CREATE TABLE "BaseLink" (
    "baseId" TEXT NOT NULL,
    "workspaceId" UUID NOT NULL,
    "connectionId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BaseLink_pkey" PRIMARY KEY ("baseId","workspaceId")
);

-- Every base mirrored so far is linked to the workspace that synced it
INSERT INTO "BaseLink" ("baseId", "workspaceId", "connectionId")
SELECT "id", "workspaceId", "connectionId" FROM "MirrorBase";

-- CreateIndex
CREATE INDEX "BaseLink_workspaceId_idx" ON "BaseLink"("workspaceId");

-- CreateIndex
CREATE INDEX "BaseLink_connectionId_idx" ON "BaseLink"("connectionId");

-- AddForeignKey
ALTER TABLE "MirrorBase" ADD CONSTRAINT "MirrorBase_connectionId_fkey" FOREIGN KEY ("connectionId") REFERENCES "Connection"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BaseLink" ADD CONSTRAINT "BaseLink_baseId_fkey" FOREIGN KEY ("baseId") REFERENCES "MirrorBase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BaseLink" ADD CONSTRAINT "BaseLink_connectionId_fkey" FOREIGN KEY ("connectionId") REFERENCES "Connection"("id") ON DELETE CASCADE ON UPDATE CASCADE;
