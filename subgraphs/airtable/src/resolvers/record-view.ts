import type { MirrorField, RecordRow } from '../db.ts';

/** A record with its table's fields, as the Record resolvers take it. */
export interface RecordView {
  row: RecordRow;
  fields: MirrorField[];
  /** Field ids to return, when the caller named some. */
  only?: Set<string>;
}

/** Wraps rows of a table for the Record resolvers. */
export function recordViews(
  table: { fields: MirrorField[] } | null,
  rows: RecordRow[],
  only?: Set<string>,
): RecordView[] {
  return table ? rows.map((row) => ({ row, fields: table.fields, only })) : [];
}

/** A write as the GraphQL WriteResult, its records wrapped for the Record resolvers. */
export function writeResultView(write: {
  batchId: string;
  status: string;
  table: { fields: MirrorField[] } | null;
  records: RecordRow[];
  deletedIds: string[];
  error: string | null;
}) {
  const { table, records, ...rest } = write;
  return { ...rest, records: recordViews(table, records) };
}
