import { notFound } from '@pyairtable/subgraph-kit';
import type { AirtableDeps } from '../deps.ts';
import { rowFilter, type RecordScope } from '../mirror/record-scope.ts';

/**
 * With a row rule, a record is reachable only when the mirror has it and the rule shows it
 * to the caller; NOT_FOUND otherwise, exactly as for a record that does not exist. Without
 * one, Airtable decides (records not mirrored yet are still reachable).
 */
export async function requireVisibleRecord(
  deps: AirtableDeps,
  scope: RecordScope,
  tableId: string,
  recordId: string,
): Promise<void> {
  const visible = rowFilter(scope, deps.clock());
  if (!visible) return;
  const [record] = await deps.db.findRecords([recordId]);
  if (!record || record.tableId !== tableId || !visible(record)) throw notFound('Record', recordId);
}
