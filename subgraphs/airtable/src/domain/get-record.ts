import type { AirtableDeps } from '../deps.ts';
import { requireTable } from './access.ts';
import type { Actor } from '@pyairtable/subgraph-kit';

/** One mirrored record with its table, or null when the table has no such record. */
export async function getRecord(
  deps: AirtableDeps,
  actor: Actor,
  input: { baseId: string; tableId: string; id: string },
) {
  const { table } = await requireTable(deps, actor, input.baseId, input.tableId, 'VIEWER');
  const [record] = await deps.db.findRecords([input.id]);
  return record && record.tableId === table.id ? { table, record } : null;
}
