import { compareCells } from '@pyairtable/formula';
import { badUserInput } from '@pyairtable/subgraph-kit';
import { writeCsv } from '../analysis/write-csv.ts';
import type { AirtableDeps } from '../deps.ts';
import type { TableSnapshot } from '../mirror/mirror-cache.ts';
import { fieldOf } from '../mirror/query-records.ts';
import type { Actor } from '@pyairtable/subgraph-kit';
import { pickFields, selectRecords, type RecordSelection } from './select-records.ts';

/** A CSV export answers at most this much; beyond it the caller narrows the export. */
export const MAX_CSV_BYTES = 2 * 1024 * 1024;

/** Primary-field text of the records linked from `fields`, by record id. */
async function linkedNames(deps: AirtableDeps, fields: TableSnapshot['table']['fields']) {
  const names = new Map<string, string>();
  const tables = new Set(
    fields.flatMap((f) => {
      const linked = (f.options as { linkedTableId?: string } | null)?.linkedTableId;
      return f.type === 'multipleRecordLinks' && linked ? [linked] : [];
    }),
  );
  for (const tableId of tables) {
    const linked = await deps.mirror.snapshot(tableId);
    if (!linked) continue;
    for (const record of linked.records) {
      const value = record.cells[linked.table.primaryFieldId];
      if (value !== undefined && value !== null) names.set(record.id, String(value));
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
  const { snapshot, records } = await selectRecords(deps, actor, input);
  if (!snapshot) return { csv: '', rowCount: 0, columns: [] };
  const fields = pickFields(snapshot, input.fields);
  const sort = (input.sort ?? []).map((s) => ({
    field: fieldOf(snapshot, s.field, 'sort'),
    desc: s.direction === 'DESC',
  }));
  const rows =
    sort.length === 0
      ? records
      : [...records].sort((a, b) => {
          for (const { field, desc } of sort) {
            const order = compareCells(a.cells[field.id], b.cells[field.id]);
            if (order !== 0) return desc ? -order : order;
          }
          return 0;
        });
  const written = writeCsv(fields, rows, await linkedNames(deps, fields), MAX_CSV_BYTES);
  if ('tooLarge' in written) {
    throw badUserInput(
      `The CSV of ${rows.length} records would be larger than ${MAX_CSV_BYTES / 1024 / 1024} MB. ` +
        'Export fewer fields or records (fields, view, filterByFormula).',
    );
  }
  return { csv: written.csv, rowCount: rows.length, columns: fields.map((f) => f.name) };
}
