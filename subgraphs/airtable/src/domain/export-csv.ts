import { badUserInput, type Actor } from '@pyairtable/subgraph-kit';
import { writeCsv } from '../analysis/write-csv.ts';
import type { MirrorField } from '../db.ts';
import type { AirtableDeps } from '../deps.ts';
import { sortRecords } from '../mirror/query-records.ts';
import { rowFilter } from '../mirror/record-scope.ts';
import { findBaseAccess, tableAccess } from './access.ts';
import { pickFields, selectRecords, type RecordSelection } from './select-records.ts';

/** A CSV export answers at most this much; beyond it the caller narrows the export. */
export const MAX_CSV_BYTES = 2 * 1024 * 1024;

/**
 * Primary-field text of the records linked from `fields`, by record id: only of linked
 * records the actor may see (their row rule, a primary field not hidden from them).
 */
async function linkedNames(
  deps: AirtableDeps,
  actor: Actor,
  baseId: string,
  fields: MirrorField[],
) {
  const names = new Map<string, string>();
  const tables = new Set(
    fields.flatMap((f) => {
      const linked = (f.options as { linkedTableId?: string } | null)?.linkedTableId;
      return f.type === 'multipleRecordLinks' && linked ? [linked] : [];
    }),
  );
  const base = tables.size ? await findBaseAccess(deps, actor, baseId) : null;
  for (const tableId of tables) {
    const linked = await deps.mirror.snapshot(tableId);
    const access = base && linked ? tableAccess(base, actor, linked.table) : null;
    if (!linked || !access) continue;
    const primary = access.table.fields.find((f) => f.id === linked.table.primaryFieldId);
    if (!primary) continue;
    const visible = rowFilter(access.scope, deps.clock());
    for (const record of linked.records) {
      const value = record.cells[primary.id];
      if (value === undefined || value === null || (visible && !visible(record))) continue;
      names.set(record.id, String(value));
    }
  }
  return names;
}

/** The selected records as CSV (RFC 4180), linked records by name, at most MAX_CSV_BYTES. */
export async function exportCsv(
  deps: AirtableDeps,
  actor: Actor,
  input: RecordSelection & {
    fields?: string[] | null;
    sort?: { field: string; direction?: 'ASC' | 'DESC' | null }[] | null;
  },
) {
  const { base, table, scope, records } = await selectRecords(deps, actor, input);
  const fields = pickFields(scope, table.name, input.fields);
  const rows = sortRecords(records, input.sort, scope, table.name);
  const written = writeCsv(
    fields,
    rows,
    await linkedNames(deps, actor, base.id, fields),
    MAX_CSV_BYTES,
  );
  if ('tooLarge' in written) {
    throw badUserInput(
      `The CSV of ${rows.length} records would be larger than ${MAX_CSV_BYTES / 1024 / 1024} MB. ` +
        'Export fewer fields or records (fields, view, filterByFormula).',
    );
  }
  return { csv: written.csv, rowCount: rows.length, columns: fields.map((f) => f.name) };
}
