import { createEvent } from '@pyairtable/events';
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
  const { base, table, connectionId, scope, workspaceId } = await requireTable(
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
  const mentions = mentionTokens(text);
  // The comment is in Airtable already: a lost event costs a notification, not the comment.
  await deps.events
    .publish(
      createEvent('record.commented', {
        workspaceId,
        baseId: base.id,
        tableId: table.id,
        recordId: ref.recordId,
        commentId: comment.id,
        authorId: actor.userId!,
        mentions,
      }),
    )
    .catch((err: unknown) =>
      actor.log.warn({ err, commentId: comment.id }, 'record.commented event not published'),
    );
  return commentView(comment);
}

/**
 * The people a comment mentions, as typed: `@ada`, `@ada.lovelace@example.com`,
 * `@"Ada Lovelace"` or `@[Ada Lovelace]`; Airtable's own `@[usr…]` mentions are left out.
 */
export function mentionTokens(text: string): string[] {
  const found = new Set<string>();
  const pattern =
    /(?:^|[^\w@])@(?:"([^"]{1,100})"|\[([^\]]{1,100})\]|([\p{L}\p{N}][\p{L}\p{N}._+-]*(?:@[\p{L}\p{N}.-]+\.[\p{L}]{2,})?))/gu;
  for (const match of text.matchAll(pattern)) {
    const token = (match[1] ?? match[2] ?? match[3] ?? '').trim().replace(/[.]+$/, '');
    if (!token || /^usr[A-Za-z0-9]{14}$/.test(token)) continue;
    found.add(token.slice(0, 100));
    if (found.size === 20) break;
  }
  return [...found];
}
