import type { FullRecord } from '../fields/compute-fields.ts';
import { compareCells } from '@pyairtable/formula';
import type { FieldRow } from '../store.ts';

/** Sorts records by several fields; stable, so ties keep their current order. */
export function sortRecords(
  records: FullRecord[],
  sort: { field: FieldRow; direction: 'asc' | 'desc' }[],
): FullRecord[] {
  if (sort.length === 0) return records;
  return [...records].sort((a, b) => {
    for (const { field, direction } of sort) {
      const order = compareCells(a.cells[field.id], b.cells[field.id]);
      if (order !== 0) return direction === 'desc' ? -order : order;
    }
    return 0;
  });
}
