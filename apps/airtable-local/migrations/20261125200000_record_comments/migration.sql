-- airtable-local: record comments (GET/POST/PATCH/DELETE /v0/{baseId}/{table}/{recordId}/comments).
CREATE TABLE "record_comment" (
  "id" TEXT PRIMARY KEY,
  "record_id" TEXT NOT NULL REFERENCES "record"("id") ON DELETE CASCADE,
  -- The author is the user behind the token that wrote the comment.
  "author_id" TEXT NOT NULL,
  "author_email" TEXT NOT NULL,
  "author_name" TEXT NOT NULL,
  "text" TEXT NOT NULL,
  "created_time" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "last_updated_time" TIMESTAMPTZ,
  -- Insertion order; pages are served newest first and offsets name a position.
  "position" BIGSERIAL
);
CREATE INDEX "record_comment_record_position_idx" ON "record_comment" ("record_id", "position");
