import { isEmptyCell } from '@pyairtable/formula';
import type { RecordRow } from '../db.ts';
import type { TableSnapshot } from '../mirror/mirror-cache.ts';
import { stableJson } from '../stable-json.ts';

type Field = TableSnapshot['table']['fields'][number];

/** Records sharing the same values in `fields`, largest groups first. */
export function findDuplicates(fields: readonly Field[], records: readonly RecordRow[]) {
  const groups = new Map<string, RecordRow[]>();
  for (const record of records) {
    const values = fields.map((f) => record.cells[f.id]);
    if (values.every((v) => isEmptyCell(v))) continue;
    const key = stableJson(values.map(comparable));
    const group = groups.get(key);
    if (group) group.push(record);
    else groups.set(key, [record]);
  }
  return [...groups.values()]
    .filter((group) => group.length > 1)
    .sort((a, b) => b.length - a.length)
    .map((group) => ({
      values: Object.fromEntries(fields.map((f) => [f.name, group[0]!.cells[f.id] ?? null])),
      records: group,
    }));
}

/** What two values must share to count as the same: text ignores case and outer spaces. */
function comparable(value: unknown): unknown {
  if (isEmptyCell(value)) return null;
  if (typeof value === 'string') return value.trim().replace(/\s+/g, ' ').toLowerCase();
  if (Array.isArray(value))
    return value.map(comparable).sort((a, b) => stableJson(a).localeCompare(stableJson(b)));
  return value;
}
