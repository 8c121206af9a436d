import { badUserInput } from '@pyairtable/subgraph-kit';
import type { AirtableDeps } from '../deps.ts';
import { queryRecords, type RecordQuery } from '../mirror/query-records.ts';
import { requireTable } from './access.ts';
import type { Actor } from '@pyairtable/subgraph-kit';
import { ensureViewOrder } from './ensure-view-order.ts';

export type ListRecordsInput = Omit<RecordQuery, 'tableId'> & { baseId: string; tableId: string };

/** A page of a mirrored table's records: filtered, sorted, in a view's order, by cursor. */
export async function listRecords(deps: AirtableDeps, actor: Actor, input: ListRecordsInput) {
  if ((input.first ?? 0) < 0) throw badUserInput('first must not be negative.', 'first');
  const { base, table, scope } = await requireTable(
    deps,
    actor,
    input.baseId,
    input.tableId,
    'VIEWER',
  );
  await ensureViewOrder(deps, base.id, table, input.view);
  const result = await queryRecords(
    deps.mirror,
    { ...input, tableId: table.id },
    deps.clock(),
    scope,
    deps.queryCache,
  );
  return {
    // The table as the caller sees it: answers render only the fields they may see.
    table,
    only: result.only,
    edges: result.edges,
    totalCount: result.totalCount,
    hasNextPage: result.hasNextPage,
  };
}
