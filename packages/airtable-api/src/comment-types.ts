/** The user who wrote a comment. */
export interface CommentAuthor {
  id: string;
  email: string;
  name?: string;
}

/** A comment on a record. */
export interface RecordComment {
  id: string;
  author: CommentAuthor;
  text: string;
  createdTime: string;
  /** null until the comment is edited. */
  lastUpdatedTime: string | null;
  /** Users and groups `@[usr…]` mentions in `text` name, keyed by id. */
  mentioned?: Record<string, { type: string; id: string; displayName?: string; email?: string }>;
  parentCommentId?: string;
}

/** One page of a record's comments, newest first. */
export interface CommentsPage {
  comments: RecordComment[];
  /** Pass back for the next (older) page; null on the last. */
  offset: string | null;
}

export interface ListCommentsOptions {
  /** 1 to 100 (Airtable's default and maximum: 100). */
  pageSize?: number;
  offset?: string;
}
