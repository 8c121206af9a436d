/** True when Airtable treats a cell as empty (omitted from `fields`): null, "", false, []. */
export function isEmptyCell(value: unknown): boolean {
  return (
    value === null ||
    value === undefined ||
    value === '' ||
    value === false ||
    (Array.isArray(value) && value.length === 0)
  );
}

function sortKey(value: unknown): number | string {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  const name = (v: unknown) =>
    typeof v === 'object' && v !== null ? ((v as { name?: string }).name ?? '') : String(v);
  if (Array.isArray(value)) return value.map(name).join(', ');
  return name(value);
}

/**
 * Orders two cell values as Airtable's sort does: empty cells first, numbers by value, text
 * case-insensitively with numbers inside it compared as numbers, lists by their joined text.
 */
export function compareCells(a: unknown, b: unknown): number {
  const emptyA = isEmptyCell(a);
  const emptyB = isEmptyCell(b);
  if (emptyA || emptyB) return emptyA === emptyB ? 0 : emptyA ? -1 : 1;
  const x = sortKey(a);
  const y = sortKey(b);
  if (typeof x === 'number' && typeof y === 'number') return x - y;
  return String(x).localeCompare(String(y), 'en', { numeric: true, sensitivity: 'base' });
}
