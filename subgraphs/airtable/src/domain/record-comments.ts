import { AirtableApiError, withRetries, type RecordComment } from '@pyairtable/airtable-api';
import {
  badUserInput,
  forbidden,
  notFound,
  rateLimited,
  upstreamUnavailable,
} from '@pyairtable/subgraph-kit';
import type { AirtableContext } from '../deps.ts';
import { requireTable } from './access.ts';

/** Airtable's page size limit for comments. */
export const MAX_COMMENTS = 100;
/** The longest comment the platform sends to Airtable. */
export const MAX_COMMENT_LENGTH = 10_000;

interface RecordRef {
  baseId: string;
  tableId: string;
  recordId: string;
}

/** The comment as the GraphQL Comment type. */
function commentView(c: RecordComment) {
  return {
    id: c.id,
    text: c.text,
    author: { id: c.author.id, email: c.author.email ?? null, name: c.author.name ?? null },
    createdTime: c.createdTime,
    lastUpdatedTime: c.lastUpdatedTime ?? null,
  };
}

/** Airtable's refusal as a client error. */
function translate(error: unknown, ref: RecordRef, scope: string): never {
  if (!(error instanceof AirtableApiError)) throw error;
  if (error.status === 404) throw notFound('Record', ref.recordId);
  if (error.status === 401 || error.status === 403)
    throw forbidden(`The connection's Airtable token may not do this (it needs ${scope}).`);
  if (error.status === 429)
    throw rateLimited(Math.ceil((error.retryAfterMs ?? 30_000) / 1000), 'Airtable is busy.');
  if (error.status >= 400 && error.status < 500)
    throw badUserInput(`Airtable refused it: ${error.message}`);
  throw upstreamUnavailable(`Airtable did not answer: ${error.message}`);
}

/** The Airtable client of the base, after the caller's role was checked. */
async function clientFor(ctx: AirtableContext, ref: RecordRef, minimum: 'VIEWER' | 'EDITOR') {
  const { base, table } = await requireTable(ctx, ref.baseId, ref.tableId, minimum);
  const client = await ctx.deps.clients.forConnection(base.connectionId);
  return { client, base, table };
}

/** The newest `first` comments of a record, read from Airtable (viewers). */
export async function listRecordComments(
  ctx: AirtableContext,
  ref: RecordRef & { first?: number | null },
) {
  const first = ref.first ?? 20;
  if (!Number.isInteger(first) || first < 0 || first > MAX_COMMENTS)
    throw badUserInput(`first must be between 0 and ${MAX_COMMENTS}.`, 'first');
  const { client, base, table } = await clientFor(ctx, ref, 'VIEWER');
  if (first === 0) return [];
  try {
    const page = await withRetries(
      () => client.listComments(base.id, table.id, ref.recordId, { pageSize: first }),
      {
        retries: 2,
        onRetry: (event) =>
          ctx.deps.logger.warn({ baseId: base.id, retry: event }, 'airtable comments retried'),
      },
    );
    return page.comments.map(commentView);
  } catch (error) {
    translate(error, ref, 'data.recordComments:read');
  }
}

/** Comments on a record in Airtable as the connection's user (editors). Never retried. */
export async function addRecordComment(ctx: AirtableContext, ref: RecordRef & { text: string }) {
  const text = ref.text.trim();
  if (!text) throw badUserInput('Write some text.', 'text');
  if (text.length > MAX_COMMENT_LENGTH)
    throw badUserInput(`A comment has at most ${MAX_COMMENT_LENGTH} characters.`, 'text');
  const { client, base, table } = await clientFor(ctx, ref, 'EDITOR');
  try {
    const comment = await client.createComment(base.id, table.id, ref.recordId, text);
    ctx.deps.logger.info(
      { baseId: base.id, recordId: ref.recordId, commentId: comment.id, userId: ctx.auth.userId },
      'record comment added',
    );
    return commentView(comment);
  } catch (error) {
    translate(error, ref, 'data.recordComments:write');
  }
}
