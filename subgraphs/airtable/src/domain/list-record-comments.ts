import { withRetries } from '@pyairtable/airtable-api';
import { badUserInput } from '@pyairtable/subgraph-kit';
import type { AirtableDeps } from '../deps.ts';
import { requireTable } from './access.ts';
import { requireVisibleRecord } from './require-visible-record.ts';
import type { Actor } from '@pyairtable/subgraph-kit';
import { commentView, MAX_COMMENTS, type RecordRef } from './record-comment-view.ts';
import { translateAirtableError } from './translate-airtable-error.ts';

/** The newest `first` comments of a record, read from Airtable (viewers). */
export async function listRecordComments(
  deps: AirtableDeps,
  actor: Actor,
  ref: RecordRef & { first?: number | null },
) {
  const first = ref.first ?? 20;
  if (!Number.isInteger(first) || first < 0 || first > MAX_COMMENTS)
    throw badUserInput(`first must be between 0 and ${MAX_COMMENTS}.`, 'first');
  const { base, table, connectionId, scope } = await requireTable(
    deps,
    actor,
    ref.baseId,
    ref.tableId,
    'VIEWER',
  );
  if (first === 0) return [];
  await requireVisibleRecord(deps, scope, table.id, ref.recordId);
  const client = await deps.clients.forConnection(connectionId);
  const page = await withRetries(
    () => client.listComments(base.id, table.id, ref.recordId, { pageSize: first }),
    {
      retries: 2,
      onRetry: (event) => actor.log.warn({ baseId: base.id, retry: event }, 'comments retried'),
    },
  ).catch((error: unknown) =>
    translateAirtableError(error, {
      scope: 'data.recordComments:read',
      resource: 'Record',
      id: ref.recordId,
    }),
  );
  return page.comments.map(commentView);
}
