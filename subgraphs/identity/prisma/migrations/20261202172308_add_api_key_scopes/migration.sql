-- AlterTable
ALTER TABLE "ApiKey" ADD COLUMN     "baseIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "readOnly" BOOLEAN NOT NULL DEFAULT false;
