import type { AirtableDeps } from '../deps.ts';
import { onlyFields, searchRecords as searchMirror } from '../mirror/query-records.ts';
import { requireTable } from './access.ts';
import type { Actor } from '@pyairtable/subgraph-kit';

/** Records containing every word of a text, best matches first. */
export async function searchRecords(
  deps: AirtableDeps,
  actor: Actor,
  input: {
    baseId: string;
    tableId: string;
    query: string;
    first: number;
    fields?: string[] | null;
  },
) {
  const { table, scope } = await requireTable(deps, actor, input.baseId, input.tableId, 'VIEWER');
  const { records } = await searchMirror(
    deps.mirror,
    table.id,
    input.query,
    input.first,
    scope,
    deps.clock(),
  );
  return { table, records, only: onlyFields(scope, table.name, input.fields) };
}
