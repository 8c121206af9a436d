-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "requireWriteConfirmation" BOOLEAN NOT NULL DEFAULT false;
