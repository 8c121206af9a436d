import {
  compileFormula,
  isErrorValue,
  type CompiledFormula,
  type FieldSchema,
  type FormulaValue,
} from '@pyairtable/formula';
import type { BaseSchema, FieldRow, RecordRow, Store, TableRow } from '../store.ts';

/** A record with every cell, stored and computed, keyed by field id. */
export interface FullRecord {
  id: string;
  createdTime: Date;
  lastModifiedTime: Date;
  /** When each stored field was last written, by field id (for LAST_MODIFIED_TIME({Field})). */
  fieldModifiedTimes: Record<string, string>;
  cells: Record<string, unknown>;
}

/**
 * A last-modified-time field: the latest write to the fields it watches
 * (`options.referencedFieldIds`), blank before any; watching every field, the record's time.
 */
function lastModifiedCell(field: FieldRow, row: RecordRow): string | null {
  const watched = field.options?.referencedFieldIds;
  if (!Array.isArray(watched) || watched.length === 0)
    return (row.lastModifiedTime ?? row.createdTime).toISOString();
  const times = watched
    .map((id) => row.fieldModifiedTimes[String(id)])
    .filter((t): t is string => typeof t === 'string')
    .sort();
  return times.at(-1) ?? null;
}

// Lookups of lookups are resolved this many links deep; deeper chains read as empty.
const MAX_LINK_DEPTH = 3;

/** A formula result as the API returns it. */
export function formulaToJson(value: FormulaValue): unknown {
  if (value === null) return null;
  if (isErrorValue(value)) return { specialValue: 'ERROR', error: '#ERROR!' };
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number' && !Number.isFinite(value)) return { specialValue: 'NaN' };
  if (Array.isArray(value)) return value.map(formulaToJson);
  return value;
}

function schemaFields(table: TableRow): FieldSchema[] {
  return table.fields.map((f) => ({
    id: f.id,
    name: f.name,
    type: f.type,
    options: f.options ?? undefined,
  }));
}

/** Formula fields in an order where each comes after the formulas it reads. */
function orderFormulas(table: TableRow, compiled: Map<string, CompiledFormula>): FieldRow[] {
  const formulas = table.fields.filter((f) => f.type === 'formula' && compiled.has(f.id));
  const byName = new Map(table.fields.map((f) => [f.name, f]));
  const ordered: FieldRow[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (field: FieldRow) => {
    if (state.get(field.id)) return; // done, or a cycle: leave the order as it falls
    state.set(field.id, 'visiting');
    for (const name of compiled.get(field.id)!.referencedFields) {
      const dep = byName.get(name);
      if (dep?.type === 'formula' && compiled.has(dep.id)) visit(dep);
    }
    state.set(field.id, 'done');
    ordered.push(field);
  };
  formulas.forEach(visit);
  return ordered;
}

/**
 * Computes lookups, rollups, formulas, created/modified times and autonumbers for the
 * records of one request, fetching linked records as needed (once each).
 */
export function createFieldComputer(store: Store, schema: BaseSchema, now: () => Date) {
  const tables = new Map(schema.tables.map((t) => [t.id, t]));
  const formulas = new Map<string, CompiledFormula | null>();
  const fullById = new Map<string, FullRecord>();

  function compiled(field: FieldRow, table: TableRow): CompiledFormula | null {
    if (!formulas.has(field.id)) {
      const source =
        field.type === 'rollup'
          ? String(field.options?.formula ?? 'ARRAYJOIN(values)')
          : String(field.options?.formula ?? '');
      const fields =
        field.type === 'rollup'
          ? [{ id: 'values', name: 'values', type: 'multipleLookupValues' }]
          : schemaFields(table);
      try {
        formulas.set(field.id, compileFormula(source, { fields }));
      } catch {
        formulas.set(field.id, null); // an invalid formula field reads as empty, as isValid: false in Airtable
      }
    }
    return formulas.get(field.id) ?? null;
  }

  function linkedValues(record: { cells: Record<string, unknown> }, field: FieldRow): unknown[] {
    const linkFieldId = field.options?.recordLinkFieldId as string | undefined;
    const targetFieldId = field.options?.fieldIdInLinkedTable as string | undefined;
    const ids = (record.cells[linkFieldId ?? ''] as string[] | undefined) ?? [];
    return ids.flatMap((id) => {
      const value = fullById.get(id)?.cells[targetFieldId ?? ''];
      if (value === null || value === undefined) return [];
      return Array.isArray(value) ? value : [value];
    });
  }

  async function compute(table: TableRow, rows: RecordRow[], depth: number): Promise<FullRecord[]> {
    const records = rows.map((row) => ({
      id: row.id,
      createdTime: row.createdTime,
      cells: { ...row.cells } as Record<string, unknown>,
      row,
    }));
    const derived = table.fields.filter(
      (f) => f.type === 'multipleLookupValues' || f.type === 'rollup',
    );
    if (derived.length > 0 && depth < MAX_LINK_DEPTH)
      await loadLinked(table, records, derived, depth);
    for (const record of records) {
      for (const field of table.fields) {
        if (field.type === 'createdTime')
          record.cells[field.id] = record.row.createdTime.toISOString();
        if (field.type === 'lastModifiedTime')
          record.cells[field.id] = lastModifiedCell(field, record.row);
        if (field.type === 'autoNumber') record.cells[field.id] = record.row.autoNumber;
        if (field.type === 'multipleLookupValues')
          record.cells[field.id] = depth < MAX_LINK_DEPTH ? linkedValues(record, field) : [];
        if (field.type === 'rollup') {
          const formula = compiled(field, table);
          const values = depth < MAX_LINK_DEPTH ? linkedValues(record, field) : [];
          const result = formula?.evaluate(
            { id: record.id, createdTime: record.createdTime, fields: { values } },
            { now: now() },
          );
          record.cells[field.id] = result === undefined ? null : formulaToJson(result);
        }
      }
    }
    const compiledFormulas = new Map<string, CompiledFormula>();
    for (const field of table.fields) {
      if (field.type !== 'formula') continue;
      const formula = compiled(field, table);
      if (formula) compiledFormulas.set(field.id, formula);
    }
    const ordered = orderFormulas(table, compiledFormulas);
    for (const record of records) {
      const byName: Record<string, unknown> = {};
      for (const field of table.fields) byName[field.name] = record.cells[field.id];
      for (const field of ordered) {
        const value = compiledFormulas.get(field.id)!.evaluate(
          {
            id: record.id,
            createdTime: record.createdTime,
            lastModifiedTime: record.row.lastModifiedTime ?? record.createdTime,
            fieldModifiedTimes: record.row.fieldModifiedTimes,
            fields: byName,
          },
          { now: now() },
        );
        record.cells[field.id] = formulaToJson(value);
        byName[field.name] = record.cells[field.id];
      }
    }
    const full = records.map(({ id, createdTime, cells, row }) => ({
      id,
      createdTime,
      lastModifiedTime: row.lastModifiedTime ?? createdTime,
      fieldModifiedTimes: row.fieldModifiedTimes,
      cells,
    }));
    for (const record of full) fullById.set(record.id, record);
    return full;
  }

  async function loadLinked(
    table: TableRow,
    records: { cells: Record<string, unknown> }[],
    derived: FieldRow[],
    depth: number,
  ) {
    const linkFieldIds = new Set(derived.map((f) => f.options?.recordLinkFieldId as string));
    for (const linkFieldId of linkFieldIds) {
      const linkField = table.fields.find((f) => f.id === linkFieldId);
      const linkedTable = tables.get(linkField?.options?.linkedTableId as string);
      if (!linkedTable) continue;
      const ids = [
        ...new Set(records.flatMap((r) => (r.cells[linkFieldId] as string[] | undefined) ?? [])),
      ].filter((id) => !fullById.has(id));
      if (ids.length === 0) continue;
      const rows = await store.findRecords(ids);
      await compute(linkedTable, rows, depth + 1);
    }
  }

  return {
    /** Every cell of the given records of `table`, computed ones included. */
    compute: (table: TableRow, rows: RecordRow[]) => compute(table, rows, 0),
    /** The primary-field text of records already computed (for string cell format). */
    primaryValues: async (tableId: string, ids: string[]): Promise<Map<string, unknown>> => {
      const table = tables.get(tableId);
      const missing = ids.filter((id) => !fullById.has(id));
      if (table && missing.length > 0) await compute(table, await store.findRecords(missing), 1);
      return new Map(
        ids.map((id) => [id, table ? fullById.get(id)?.cells[table.primaryFieldId] : undefined]),
      );
    },
  };
}

export type FieldComputer = ReturnType<typeof createFieldComputer>;
