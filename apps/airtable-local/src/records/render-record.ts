import type { FullRecord } from '../fields/compute-fields.ts';
import { isEmptyCell } from '@pyairtable/formula';
import { formatCellAsString, type StringFormat } from '../fields/format-cell-as-string.ts';
import type { FieldRow, TableRow } from '../store.ts';

export interface RenderOptions {
  /** Only these fields; all when undefined. */
  fields?: FieldRow[];
  returnFieldsByFieldId?: boolean;
  stringFormat?: StringFormat;
}

/** A record as the API returns it; empty cells are omitted, as Airtable does. */
export function renderRecord(table: TableRow, record: FullRecord, options: RenderOptions = {}) {
  const fields: Record<string, unknown> = {};
  for (const field of options.fields ?? table.fields) {
    const value = record.cells[field.id];
    if (isEmptyCell(value)) continue;
    const key = options.returnFieldsByFieldId ? field.id : field.name;
    fields[key] = options.stringFormat
      ? formatCellAsString(field, value, options.stringFormat)
      : value;
    if (fields[key] === '') delete fields[key];
  }
  return { id: record.id, createdTime: record.createdTime.toISOString(), fields };
}
