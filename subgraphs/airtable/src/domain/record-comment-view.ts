import type { RecordComment } from '@pyairtable/airtable-api';

/** Airtable's page size limit for comments. */
export const MAX_COMMENTS = 100;
/** The longest comment the platform sends to Airtable. */
export const MAX_COMMENT_LENGTH = 10_000;

export interface RecordRef {
  baseId: string;
  tableId: string;
  recordId: string;
}

/** A comment as the GraphQL RecordComment type. */
export function commentView(c: RecordComment) {
  return {
    id: c.id,
    text: c.text,
    author: { id: c.author.id, email: c.author.email ?? null, name: c.author.name ?? null },
    createdTime: c.createdTime,
    lastUpdatedTime: c.lastUpdatedTime ?? null,
  };
}
