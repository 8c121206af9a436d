import type { RecordRow } from '../db.ts';
import type { TableSnapshot } from '../mirror/mirror-cache.ts';

/** A record with the table it belongs to, as resolvers pass it around. */
export interface RecordView {
  row: RecordRow;
  fields: TableSnapshot['table']['fields'];
  only?: Set<string>;
}

/** Wraps rows of a snapshot for the Record resolvers. */
export function recordViews(
  snapshot: TableSnapshot,
  rows: RecordRow[],
  only?: Set<string>,
): RecordView[] {
  return rows.map((row) => ({ row, fields: snapshot.table.fields, only }));
}
