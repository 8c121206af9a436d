-- airtable-local: bases, their schema, records (cells keyed by field id), tokens and webhooks.
CREATE TABLE "base" (
  "id" TEXT PRIMARY KEY,
  "name" TEXT NOT NULL,
  "created_time" TIMESTAMPTZ NOT NULL DEFAULT now(),
  -- Incremented by every write; webhook payloads carry it as baseTransactionNumber.
  "transaction_number" BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE "table" (
  "id" TEXT PRIMARY KEY,
  "base_id" TEXT NOT NULL REFERENCES "base"("id") ON DELETE CASCADE,
  "name" TEXT NOT NULL,
  "description" TEXT,
  "primary_field_id" TEXT,
  "position" INTEGER NOT NULL,
  "next_auto_number" BIGINT NOT NULL DEFAULT 1,
  UNIQUE ("base_id", "name")
);

CREATE TABLE "field" (
  "id" TEXT PRIMARY KEY,
  "table_id" TEXT NOT NULL REFERENCES "table"("id") ON DELETE CASCADE,
  "name" TEXT NOT NULL,
  "type" TEXT NOT NULL,
  "description" TEXT,
  "options" JSONB,
  "position" INTEGER NOT NULL,
  UNIQUE ("table_id", "name")
);

CREATE TABLE "view" (
  "id" TEXT PRIMARY KEY,
  "table_id" TEXT NOT NULL REFERENCES "table"("id") ON DELETE CASCADE,
  "name" TEXT NOT NULL,
  "type" TEXT NOT NULL DEFAULT 'grid',
  "filter_formula" TEXT,
  "sort" JSONB NOT NULL DEFAULT '[]',
  "visible_field_ids" JSONB,
  "position" INTEGER NOT NULL
);

CREATE TABLE "record" (
  "id" TEXT PRIMARY KEY,
  "table_id" TEXT NOT NULL REFERENCES "table"("id") ON DELETE CASCADE,
  "cells" JSONB NOT NULL DEFAULT '{}',
  "created_time" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "last_modified_time" TIMESTAMPTZ,
  "auto_number" BIGINT NOT NULL,
  "position" BIGSERIAL
);
CREATE INDEX "record_table_position_idx" ON "record" ("table_id", "position");

CREATE TABLE "access_token" (
  "token_hash" TEXT PRIMARY KEY,
  "name" TEXT NOT NULL,
  "scopes" TEXT[] NOT NULL,
  -- NULL: every base.
  "base_ids" TEXT[],
  "created_time" TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE "webhook" (
  "id" TEXT PRIMARY KEY,
  "base_id" TEXT NOT NULL REFERENCES "base"("id") ON DELETE CASCADE,
  "notification_url" TEXT,
  "mac_secret_base64" TEXT NOT NULL,
  "specification" JSONB NOT NULL,
  "created_time" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "expiration_time" TIMESTAMPTZ NOT NULL,
  "is_hook_enabled" BOOLEAN NOT NULL DEFAULT true,
  "notifications_enabled" BOOLEAN NOT NULL DEFAULT true,
  "next_payload_number" BIGINT NOT NULL DEFAULT 1,
  "last_successful_notification_time" TIMESTAMPTZ,
  "last_notification_result" JSONB
);

CREATE TABLE "webhook_payload" (
  "webhook_id" TEXT NOT NULL REFERENCES "webhook"("id") ON DELETE CASCADE,
  "number" BIGINT NOT NULL,
  "payload" JSONB NOT NULL,
  "created_time" TIMESTAMPTZ NOT NULL DEFAULT now(),
  PRIMARY KEY ("webhook_id", "number")
);
