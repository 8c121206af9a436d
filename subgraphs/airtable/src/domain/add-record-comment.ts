import { badUserInput } from '@pyairtable/subgraph-kit';
import type { AirtableDeps } from '../deps.ts';
import { requireTable } from './access.ts';
import { requireVisibleRecord } from './require-visible-record.ts';
import type { Actor } from '@pyairtable/subgraph-kit';
import { commentView, MAX_COMMENT_LENGTH, type RecordRef } from './record-comment-view.ts';
import { translateAirtableError } from './translate-airtable-error.ts';

/** Comments on a record in Airtable as the connection's user (editors). Never retried. */
export async function addRecordComment(
  deps: AirtableDeps,
  actor: Actor,
  ref: RecordRef & { text: string },
) {
  const text = ref.text.trim();
  if (!text) throw badUserInput('Write some text.', 'text');
  if (text.length > MAX_COMMENT_LENGTH)
    throw badUserInput(`A comment has at most ${MAX_COMMENT_LENGTH} characters.`, 'text');
  const { base, table, connectionId, scope } = await requireTable(
    deps,
    actor,
    ref.baseId,
    ref.tableId,
    'COMMENTER',
  );
  await requireVisibleRecord(deps, scope, table.id, ref.recordId);
  const client = await deps.clients.forConnection(connectionId);
  const comment = await client
    .createComment(base.id, table.id, ref.recordId, text)
    .catch((error: unknown) =>
      translateAirtableError(error, {
        scope: 'data.recordComments:write',
        resource: 'Record',
        id: ref.recordId,
      }),
    );
  actor.log.info(
    { baseId: base.id, recordId: ref.recordId, commentId: comment.id, userId: actor.userId },
    'record comment added',
  );
  return commentView(comment);
}
