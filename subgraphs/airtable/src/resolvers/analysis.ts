import { compareCells } from '@pyairtable/formula';
import { badUserInput } from '@pyairtable/subgraph-kit';
import { analyzeField } from '../analysis/analyze-table.ts';
import { findDuplicates } from '../analysis/find-duplicates.ts';
import { writeCsv } from '../analysis/write-csv.ts';
import { requireTable } from '../domain/access.ts';
import type { AirtableContext } from '../deps.ts';
import type { TableSnapshot } from '../mirror/mirror-cache.ts';
import { fieldOf, matchingRecords } from '../mirror/query-records.ts';
import { ensureViewOrder } from './query.ts';
import { recordViews } from './record-view.ts';

/** A CSV export answers at most this much; beyond it the caller narrows the export. */
export const MAX_CSV_BYTES = 2 * 1024 * 1024;
const MAX_DUPLICATE_GROUPS = 200;

interface Selection {
  baseId: string;
  tableId: string;
  view?: string | null;
  filterByFormula?: string | null;
}

/** The table's records in a view and matching a formula, for a caller who may read the base. */
async function selectRecords(ctx: AirtableContext, args: Selection) {
  const { base, table } = await requireTable(ctx, args.baseId, args.tableId, 'VIEWER');
  await ensureViewOrder(ctx, base.id, table, args.view);
  const snapshot = await ctx.deps.mirror.snapshot(table.id);
  if (!snapshot) return { snapshot: null, records: [] } as const;
  return { snapshot, records: matchingRecords(snapshot, args, ctx.deps.clock()) };
}

function pickFields(snapshot: TableSnapshot, names: string[] | null | undefined) {
  return names ? names.map((n) => fieldOf(snapshot, n, 'fields')) : snapshot.table.fields;
}

/** Primary-field text of the records linked from `fields`, by record id. */
async function linkedNames(ctx: AirtableContext, fields: TableSnapshot['table']['fields']) {
  const names = new Map<string, string>();
  const tables = new Set(
    fields.flatMap((f) => {
      const linked = (f.options as { linkedTableId?: string } | null)?.linkedTableId;
      return f.type === 'multipleRecordLinks' && linked ? [linked] : [];
    }),
  );
  for (const tableId of tables) {
    const linked = await ctx.deps.mirror.snapshot(tableId);
    if (!linked) continue;
    for (const record of linked.records) {
      const value = record.cells[linked.table.primaryFieldId];
      if (value !== undefined && value !== null) names.set(record.id, String(value));
    }
  }
  return names;
}

export const AnalysisQuery = {
  tableAnalysis: async (
    _: unknown,
    args: Selection & { fields?: string[] | null },
    ctx: AirtableContext,
  ) => {
    const { snapshot, records } = await selectRecords(ctx, args);
    if (!snapshot) return { recordCount: 0, fields: [] };
    const fields = pickFields(snapshot, args.fields);
    return { recordCount: records.length, fields: fields.map((f) => analyzeField(f, records)) };
  },

  duplicateRecords: async (
    _: unknown,
    args: Selection & { fields: string[]; first?: number | null },
    ctx: AirtableContext,
  ) => {
    if (args.fields.length === 0) throw badUserInput('Name at least one field.', 'fields');
    const first = args.first ?? 20;
    if (first < 0 || first > MAX_DUPLICATE_GROUPS)
      throw badUserInput(`first must be between 0 and ${MAX_DUPLICATE_GROUPS}.`, 'first');
    const { snapshot, records } = await selectRecords(ctx, args);
    if (!snapshot) return { fields: [], groupCount: 0, recordCount: 0, groups: [] };
    const fields = pickFields(snapshot, args.fields);
    const groups = findDuplicates(fields, records);
    return {
      fields: fields.map((f) => f.name),
      groupCount: groups.length,
      recordCount: groups.reduce((n, g) => n + g.records.length, 0),
      groups: groups.slice(0, first).map((g) => ({
        values: g.values,
        count: g.records.length,
        records: recordViews(snapshot, g.records),
      })),
    };
  },

  exportCsv: async (
    _: unknown,
    args: Selection & {
      fields?: string[] | null;
      sort?: { field: string; direction?: 'ASC' | 'DESC' | null }[] | null;
    },
    ctx: AirtableContext,
  ) => {
    const { snapshot, records } = await selectRecords(ctx, args);
    if (!snapshot) return { csv: '', rowCount: 0, columns: [] };
    const fields = pickFields(snapshot, args.fields);
    const sort = (args.sort ?? []).map((s) => ({
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
    const written = writeCsv(fields, rows, await linkedNames(ctx, fields), MAX_CSV_BYTES);
    if ('tooLarge' in written) {
      throw badUserInput(
        `The CSV of ${rows.length} records would be larger than ${MAX_CSV_BYTES / 1024 / 1024} MB. ` +
          'Export fewer fields or records (fields, view, filterByFormula).',
      );
    }
    return { csv: written.csv, rowCount: rows.length, columns: fields.map((f) => f.name) };
  },
};
