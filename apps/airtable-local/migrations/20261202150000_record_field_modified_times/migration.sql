-- airtable-local: when each field of a record was last written, for LAST_MODIFIED_TIME({Field})
-- and last-modified-time fields that watch specific fields. Keys are field ids, values ISO 8601.
ALTER TABLE "record" ADD COLUMN "field_modified_times" JSONB NOT NULL DEFAULT '{}';
