// What pasting, clearing and copying do to a block of grid cells, as plain data: the edits to
// send (values converted for each field), what could not be converted and why, the TSV copied.
import { readOnlyReason, textOfValue, valueFromText, type NamedField } from './cell-text.ts';
import { sameValue } from './edit-values.ts';
import type { RecordNode } from './graphql/records.ts';
import type { Cell } from './grid-navigation.ts';
import { parseTsv, toTsv } from './tsv.ts';

export interface CellEdit<F extends NamedField = NamedField> {
  record: RecordNode;
  field: F;
  value: unknown;
}

/** A block of cells, corners included. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function rangeOf(a: Cell, b: Cell): CellRange {
  return {
    top: Math.min(a.row, b.row),
    bottom: Math.max(a.row, b.row),
    left: Math.min(a.col, b.col),
    right: Math.max(a.col, b.col),
  };
}

export interface PastePlan<F extends NamedField> {
  edits: CellEdit<F>[];
  /** Values that could not go in their cell, in words. */
  problems: string[];
  /** Pasted rows that fell below the last record. */
  rowsLeftOut: number;
}

/**
 * The edits a pasted block makes from the range's top-left cell. A single value pasted over a
 * selected range fills it, as spreadsheets do. Cells already holding the value are left alone.
 */
export function planPaste<F extends NamedField>(
  text: string,
  range: CellRange,
  records: readonly (RecordNode | undefined)[],
  fields: readonly F[],
): PastePlan<F> {
  let rows = parseTsv(text);
  if (rows.length === 1 && rows[0]!.length === 1) {
    const value = rows[0]![0]!;
    rows = Array.from({ length: range.bottom - range.top + 1 }, () =>
      Array.from({ length: range.right - range.left + 1 }, () => value),
    );
  }
  const plan: PastePlan<F> = { edits: [], problems: [], rowsLeftOut: 0 };
  rows.forEach((cells, r) => {
    const record = records[range.top + r];
    if (!record) {
      plan.rowsLeftOut += 1;
      return;
    }
    cells.forEach((text, c) => {
      const field = fields[range.left + c];
      if (!field) return;
      const result = valueFromText(text, field);
      if ('error' in result) plan.problems.push(result.error);
      else if (!sameValue(result.value, record.fields[field.name]))
        plan.edits.push({ record, field, value: result.value });
    });
  });
  return plan;
}

/** Fill down (Ctrl+D): the range's top row copied into the rows below it, writable cells only. */
export function planFillDown<F extends NamedField>(
  range: CellRange,
  records: readonly (RecordNode | undefined)[],
  fields: readonly F[],
): CellEdit<F>[] {
  const source = records[range.top];
  if (!source) return [];
  const edits: CellEdit<F>[] = [];
  for (let row = range.top + 1; row <= range.bottom; row++) {
    const record = records[row];
    if (!record) continue;
    for (let col = range.left; col <= range.right; col++) {
      const field = fields[col];
      if (!field || readOnlyReason(field)) continue;
      const value = source.fields[field.name] ?? null;
      if (!sameValue(value, record.fields[field.name])) edits.push({ record, field, value });
    }
  }
  return edits;
}

/** Clearing a range: every writable, non-empty cell emptied (read-only ones are skipped). */
export function planClear<F extends NamedField>(
  range: CellRange,
  records: readonly (RecordNode | undefined)[],
  fields: readonly F[],
): CellEdit<F>[] {
  const edits: CellEdit<F>[] = [];
  for (let row = range.top; row <= range.bottom; row++) {
    const record = records[row];
    if (!record) continue;
    for (let col = range.left; col <= range.right; col++) {
      const field = fields[col];
      if (!field || readOnlyReason(field) || sameValue(record.fields[field.name], null)) continue;
      edits.push({ record, field, value: field.type === 'checkbox' ? false : null });
    }
  }
  return edits;
}

/** A range as TSV, the way a spreadsheet pastes it. */
export function copyRange(
  range: CellRange,
  records: readonly (RecordNode | undefined)[],
  fields: readonly NamedField[],
): string {
  const rows: string[][] = [];
  for (let row = range.top; row <= range.bottom; row++) {
    const record = records[row];
    rows.push(
      fields
        .slice(range.left, range.right + 1)
        .map((field) => (record ? textOfValue(record.fields[field.name], field) : '')),
    );
  }
  return toTsv(rows);
}
