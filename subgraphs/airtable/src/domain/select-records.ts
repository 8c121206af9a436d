import type { Actor } from '@pyairtable/subgraph-kit';
import type { MirrorField } from '../db.ts';
import type { AirtableDeps } from '../deps.ts';
import { fieldOf, matchingRecords } from '../mirror/query-records.ts';
import type { RecordScope } from '../mirror/record-scope.ts';
import { requireTable } from './access.ts';
import { ensureViewOrder } from './ensure-view-order.ts';

/** Which records of a table a whole-table operation (analysis, export) works on. */
export interface RecordSelection {
  baseId: string;
  tableId: string;
  view?: string | null;
  filterByFormula?: string | null;
}

/**
 * The records of a table that exist for the actor, in a view and matching a formula, with
 * the table as they see it.
 */
export async function selectRecords(deps: AirtableDeps, actor: Actor, args: RecordSelection) {
  const access = await requireTable(deps, actor, args.baseId, args.tableId, 'VIEWER');
  await ensureViewOrder(deps, access.base.id, access.table, args.view);
  const snapshot = await deps.mirror.snapshot(access.table.id);
  const records = snapshot ? matchingRecords(snapshot, args, deps.clock(), access.scope) : [];
  return { ...access, records };
}

/** The named fields (names or ids) the caller may see, or all of those. */
export function pickFields(
  scope: RecordScope,
  tableName: string,
  names: string[] | null | undefined,
): MirrorField[] {
  return names ? names.map((n) => fieldOf(scope, tableName, n, 'fields')) : scope.fields;
}
