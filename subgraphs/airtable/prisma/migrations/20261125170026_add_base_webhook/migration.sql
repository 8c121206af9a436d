-- AlterTable
ALTER TABLE "MirrorBase" ADD COLUMN     "webhookCursor" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "webhookExpiresAt" TIMESTAMPTZ(3),
ADD COLUMN     "webhookId" TEXT,
ADD COLUMN     "webhookMacSealed" TEXT;
