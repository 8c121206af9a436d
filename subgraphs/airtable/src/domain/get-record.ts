import type { Actor } from '@pyairtable/subgraph-kit';
import type { AirtableDeps } from '../deps.ts';
import { onlyFields } from '../mirror/query-records.ts';
import { rowFilter } from '../mirror/record-scope.ts';
import { requireTable } from './access.ts';

/**
 * One mirrored record with the table as the actor sees it, or null when the table has no
 * such record, or it is outside the actor's row rule.
 */
export async function getRecord(
  deps: AirtableDeps,
  actor: Actor,
  input: { baseId: string; tableId: string; id: string; fields?: string[] | null },
) {
  const { table, scope } = await requireTable(deps, actor, input.baseId, input.tableId, 'VIEWER');
  const only = onlyFields(scope, table.name, input.fields);
  const [record] = await deps.db.findRecords([input.id]);
  if (!record || record.tableId !== table.id) return null;
  const visible = rowFilter(scope, deps.clock());
  return !visible || visible(record) ? { table, record, only } : null;
}
