import { createHash } from 'node:crypto';
import { ApiError, invalidRequest, modelNotFound } from '../http/api-error.ts';
import type { Token } from '../http/authenticate.ts';
import { newId } from '../ids.ts';
import { findTable } from '../records/find-table.ts';
import type { BaseSchema, CommentRow, Store } from '../store.ts';

const MAX_PAGE_SIZE = 100;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export interface CommentAuthor {
  id: string;
  email: string;
  name: string;
}

/**
 * The user behind a token. airtable-local has no user accounts: each token stands for one
 * user, whose id is derived from the token's hash (stable across restarts) and whose name is
 * the token's name.
 */
export function tokenUser(token: Token): CommentAuthor {
  const digest = createHash('sha256').update(`user:${token.hash}`).digest();
  let id = 'usr';
  for (const byte of digest.subarray(0, 14)) id += ALPHABET[byte % ALPHABET.length];
  const slug = token.name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.|\.$/g, '');
  return { id, email: `${slug || 'user'}@airtable-local.invalid`, name: token.name };
}

export function renderComment(c: CommentRow) {
  return {
    id: c.id,
    author: c.author,
    text: c.text,
    createdTime: c.createdTime.toISOString(),
    lastUpdatedTime: c.lastUpdatedTime?.toISOString() ?? null,
  };
}

// Offsets name the position of the last comment served: "cmt<base36 position>".
const encodeOffset = (position: number) => `cmt${position.toString(36)}`;

function decodeOffset(value: unknown): number | null {
  if (value === undefined || value === '') return null;
  const match = typeof value === 'string' ? /^cmt([0-9a-z]{1,11})$/.exec(value) : null;
  if (!match?.[1])
    throw new ApiError(
      422,
      'INVALID_OFFSET_VALUE',
      `The value of offset ${String(value)} is invalid`,
    );
  return parseInt(match[1], 36);
}

function pageSizeOf(value: unknown): number {
  if (value === undefined || value === '') return MAX_PAGE_SIZE;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > MAX_PAGE_SIZE)
    throw invalidRequest(`Invalid pageSize: ${String(value)}`);
  return n;
}

function textOf(body: Record<string, unknown>): string {
  const text = body.text;
  if (typeof text !== 'string' || text.trim() === '')
    throw invalidRequest('Invalid request: "text" must be a non-empty string');
  return text;
}

/** The record's comments API, for one base whose schema is loaded. */
export function createRecordComments(store: Store, now: () => Date) {
  /** The record, which must belong to the table; 404 otherwise. */
  async function recordOf(schema: BaseSchema, tableIdOrName: string, recordId: string) {
    const table = findTable(schema, tableIdOrName);
    const [row] = (await store.findRecords([recordId])).filter((r) => r.tableId === table.id);
    if (!row) throw new ApiError(404, 'NOT_FOUND');
    return row;
  }

  /** The comment on the record, written by the token's user; 404 / 403 otherwise. */
  async function ownComment(recordId: string, commentId: string, token: Token) {
    const comment = await store.findComment(recordId, commentId);
    if (!comment) throw new ApiError(404, 'NOT_FOUND');
    if (comment.author.id !== tokenUser(token).id) throw modelNotFound();
    return comment;
  }

  return {
    async list(
      schema: BaseSchema,
      table: string,
      recordId: string,
      query: { pageSize?: unknown; offset?: unknown },
    ) {
      const pageSize = pageSizeOf(query.pageSize);
      const before = decodeOffset(query.offset);
      const record = await recordOf(schema, table, recordId);
      const rows = await store.listComments(record.id, pageSize + 1, before);
      const page = rows.slice(0, pageSize);
      return {
        comments: page.map(renderComment),
        offset: rows.length > pageSize ? encodeOffset(page[page.length - 1]!.position) : null,
      };
    },

    async create(
      schema: BaseSchema,
      table: string,
      recordId: string,
      body: Record<string, unknown>,
      token: Token,
    ) {
      const text = textOf(body);
      const record = await recordOf(schema, table, recordId);
      const row = await store.insertComment({
        id: newId('com'),
        recordId: record.id,
        author: tokenUser(token),
        text,
        createdTime: now(),
      });
      return renderComment(row);
    },

    async update(
      schema: BaseSchema,
      table: string,
      recordId: string,
      commentId: string,
      body: Record<string, unknown>,
      token: Token,
    ) {
      const text = textOf(body);
      const record = await recordOf(schema, table, recordId);
      const comment = await ownComment(record.id, commentId, token);
      const row = await store.updateComment(comment.id, text, now());
      if (!row) throw new ApiError(404, 'NOT_FOUND');
      return renderComment(row);
    },

    async delete(
      schema: BaseSchema,
      table: string,
      recordId: string,
      commentId: string,
      token: Token,
    ) {
      const record = await recordOf(schema, table, recordId);
      const comment = await ownComment(record.id, commentId, token);
      await store.deleteComment(comment.id);
      return { id: comment.id, deleted: true };
    },
  };
}
