import { isEmptyCell } from '@pyairtable/formula';
import type { RecordRow } from '../db.ts';
import type { TableSnapshot } from '../mirror/mirror-cache.ts';
import { stableJson } from '../stable-json.ts';

type Field = TableSnapshot['table']['fields'][number];

const SELECTS = new Set(['singleSelect', 'multipleSelects']);
const DATES = new Set(['date', 'dateTime', 'createdTime', 'lastModifiedTime']);

/** Statistics of one field over some records. */
export interface FieldAnalysis {
  field: Field;
  filledCount: number;
  fillRate: number;
  distinctCount: number;
  numbers: { min: number; max: number; mean: number; median: number; sum: number } | null;
  values: { value: string; count: number }[] | null;
  dates: { earliest: string; latest: string } | null;
}

/** Fill rate, distinct values, number and date ranges, select option counts: one pass per field. */
export function analyzeField(field: Field, records: readonly RecordRow[]): FieldAnalysis {
  const filled = records.map((r) => r.cells[field.id]).filter((v) => !isEmptyCell(v));
  const distinct = new Set(filled.map((v) => stableJson(v)));
  const numbers = filled.every((v) => typeof v === 'number') ? (filled as number[]) : [];
  return {
    field,
    filledCount: filled.length,
    fillRate: records.length === 0 ? 0 : filled.length / records.length,
    distinctCount: distinct.size,
    numbers: numbers.length > 0 ? numberStats(numbers) : null,
    values: SELECTS.has(field.type) ? optionCounts(field, filled) : null,
    dates: DATES.has(field.type) && filled.length > 0 ? dateRange(filled.map(String)) : null,
  };
}

function numberStats(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const sum = sorted.reduce((total, v) => total + v, 0);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { min: sorted[0]!, max: sorted.at(-1)!, mean: sum / sorted.length, median, sum };
}

function optionCounts(field: Field, filled: unknown[]) {
  const counts = new Map<string, number>();
  // Every option is listed, so an unused one shows as 0 rather than being missed.
  const choices = (field.options as { choices?: { name: string }[] } | null)?.choices ?? [];
  for (const choice of choices) counts.set(choice.name, 0);
  for (const value of filled) {
    for (const name of Array.isArray(value) ? value : [value]) {
      counts.set(String(name), (counts.get(String(name)) ?? 0) + 1);
    }
  }
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

function dateRange(values: string[]) {
  // ISO dates and date-times order correctly as text.
  const sorted = [...values].sort();
  return { earliest: sorted[0]!, latest: sorted.at(-1)! };
}
