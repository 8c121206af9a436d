import type { AirtableDeps } from '../deps.ts';
import type { TableSnapshot } from '../mirror/mirror-cache.ts';
import { fieldOf, matchingRecords } from '../mirror/query-records.ts';
import { requireTable } from './access.ts';
import type { Actor } from '@pyairtable/subgraph-kit';
import { ensureViewOrder } from './ensure-view-order.ts';

/** Which records of a table a whole-table operation (analysis, export) works on. */
export interface RecordSelection {
  baseId: string;
  tableId: string;
  view?: string | null;
  filterByFormula?: string | null;
}

/** The table's records in a view and matching a formula, for an actor who may read the base. */
export async function selectRecords(deps: AirtableDeps, actor: Actor, args: RecordSelection) {
  const { base, table } = await requireTable(deps, actor, args.baseId, args.tableId, 'VIEWER');
  await ensureViewOrder(deps, base.id, table, args.view);
  const snapshot = await deps.mirror.snapshot(table.id);
  if (!snapshot) return { snapshot: null, records: [] } as const;
  return { snapshot, records: matchingRecords(snapshot, args, deps.clock()) };
}

/** The named fields (names or ids) of a snapshot, or all of them. */
export function pickFields(snapshot: TableSnapshot, names: string[] | null | undefined) {
  return names ? names.map((n) => fieldOf(snapshot, n, 'fields')) : snapshot.table.fields;
}
