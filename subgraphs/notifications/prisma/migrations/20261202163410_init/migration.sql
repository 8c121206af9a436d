-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('MENTION', 'ASSIGNMENT', 'INVITATION', 'SYNC_FAILED', 'WEBHOOK_DISABLED', 'BUDGET_WARNING', 'BUDGET_EXCEEDED');

-- CreateEnum
CREATE TYPE "EmailStatus" AS ENUM ('NONE', 'PENDING', 'SENT', 'FAILED');

-- CreateEnum
CREATE TYPE "DigestStatus" AS ENUM ('NONE', 'PENDING', 'SENT');

-- CreateTable
CREATE TABLE "Notification" (
    "id" UUID NOT NULL,
    "userId" UUID,
    "email" TEXT,
    "workspaceId" UUID NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "url" TEXT,
    "data" JSONB NOT NULL,
    "inApp" BOOLEAN NOT NULL DEFAULT true,
    "dedupeKey" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMPTZ(3),
    "emailStatus" "EmailStatus" NOT NULL DEFAULT 'NONE',
    "emailAttempts" INTEGER NOT NULL DEFAULT 0,
    "emailNextAt" TIMESTAMPTZ(3),
    "emailError" TEXT,
    "emailedAt" TIMESTAMPTZ(3),
    "digestStatus" "DigestStatus" NOT NULL DEFAULT 'NONE',

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Preference" (
    "userId" UUID NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "inApp" BOOLEAN NOT NULL,
    "email" BOOLEAN NOT NULL,
    "digest" BOOLEAN NOT NULL,

    CONSTRAINT "Preference_pkey" PRIMARY KEY ("userId","kind")
);

-- CreateTable
CREATE TABLE "EmailOptOut" (
    "email" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EmailOptOut_pkey" PRIMARY KEY ("email","kind")
);

-- CreateTable
CREATE TABLE "IngestCursor" (
    "source" TEXT NOT NULL,
    "position" BIGINT NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "IngestCursor_pkey" PRIMARY KEY ("source")
);

-- CreateTable
CREATE TABLE "DigestRun" (
    "day" TEXT NOT NULL,
    "sentAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DigestRun_pkey" PRIMARY KEY ("day")
);

-- CreateIndex
CREATE UNIQUE INDEX "Notification_dedupeKey_key" ON "Notification"("dedupeKey");

-- CreateIndex
CREATE INDEX "Notification_userId_createdAt_idx" ON "Notification"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_email_createdAt_idx" ON "Notification"("email", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_emailStatus_emailNextAt_idx" ON "Notification"("emailStatus", "emailNextAt");

-- CreateIndex
CREATE INDEX "Notification_digestStatus_idx" ON "Notification"("digestStatus");
