import type { CommentsPage, ListCommentsOptions, RecordComment } from './comment-types.ts';
import type { SendRequest } from './send-request.ts';

const commentsPath = (baseId: string, tableIdOrName: string, recordId: string) =>
  `/v0/${encodeURIComponent(baseId)}/${encodeURIComponent(tableIdOrName)}/${encodeURIComponent(recordId)}/comments`;

/** The record comments endpoints of one client (scopes `data.recordComments:read|write`). */
export function createCommentsApi(send: SendRequest) {
  return {
    /** One page of the record's comments, newest first; pass `offset` back for older ones. */
    async listComments(
      baseId: string,
      tableId: string,
      recordId: string,
      options: ListCommentsOptions = {},
    ): Promise<CommentsPage> {
      const page = await send<CommentsPage>({
        method: 'GET',
        path: commentsPath(baseId, tableId, recordId),
        query: { pageSize: options.pageSize, offset: options.offset },
        baseId,
      });
      return { comments: page.comments, offset: page.offset ?? null };
    },

    /** Comments on the record as the token's user. */
    createComment(
      baseId: string,
      tableId: string,
      recordId: string,
      text: string,
    ): Promise<RecordComment> {
      return send({
        method: 'POST',
        path: commentsPath(baseId, tableId, recordId),
        body: { text },
        baseId,
      });
    },

    /** Replaces the text of a comment; only its author may. */
    updateComment(
      baseId: string,
      tableId: string,
      recordId: string,
      commentId: string,
      text: string,
    ): Promise<RecordComment> {
      return send({
        method: 'PATCH',
        path: `${commentsPath(baseId, tableId, recordId)}/${encodeURIComponent(commentId)}`,
        body: { text },
        baseId,
      });
    },

    /** Deletes a comment; only its author may. */
    deleteComment(
      baseId: string,
      tableId: string,
      recordId: string,
      commentId: string,
    ): Promise<{ id: string; deleted: boolean }> {
      return send({
        method: 'DELETE',
        path: `${commentsPath(baseId, tableId, recordId)}/${encodeURIComponent(commentId)}`,
        baseId,
      });
    },
  };
}
