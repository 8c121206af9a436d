import type { FullRecord } from '../fields/compute-fields.ts';
import { isEmptyCell } from '../fields/field-types.ts';
import type { FieldRow } from '../store.ts';

function sortKey(value: unknown): number | string {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (Array.isArray(value))
    return value
      .map((v) =>
        typeof v === 'object' && v !== null ? ((v as { name?: string }).name ?? '') : String(v),
      )
      .join(', ');
  if (typeof value === 'object' && value !== null) return (value as { name?: string }).name ?? '';
  return String(value);
}

function compare(a: unknown, b: unknown): number {
  // Empty cells sort first ascending, as in Airtable's grid.
  const emptyA = isEmptyCell(a);
  const emptyB = isEmptyCell(b);
  if (emptyA || emptyB) return emptyA === emptyB ? 0 : emptyA ? -1 : 1;
  const x = sortKey(a);
  const y = sortKey(b);
  if (typeof x === 'number' && typeof y === 'number') return x - y;
  return String(x).localeCompare(String(y), 'en', { numeric: true, sensitivity: 'base' });
}

/** Sorts records by several fields; stable, so ties keep their current order. */
export function sortRecords(
  records: FullRecord[],
  sort: { field: FieldRow; direction: 'asc' | 'desc' }[],
): FullRecord[] {
  if (sort.length === 0) return records;
  return [...records].sort((a, b) => {
    for (const { field, direction } of sort) {
      const order = compare(a.cells[field.id], b.cells[field.id]);
      if (order !== 0) return direction === 'desc' ? -order : order;
    }
    return 0;
  });
}
