-- airtable-local: bytes of attachments uploaded with the content API (uploadAttachment), served
-- back at /attachments/content/<id>/<filename> as Airtable serves them from its CDN.
CREATE TABLE "attachment_content" (
  "id" TEXT PRIMARY KEY,
  "base_id" TEXT NOT NULL,
  "filename" TEXT NOT NULL,
  "content_type" TEXT NOT NULL,
  "bytes" BYTEA NOT NULL,
  "created_time" TIMESTAMPTZ NOT NULL DEFAULT now()
);
