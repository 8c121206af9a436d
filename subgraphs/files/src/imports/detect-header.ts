import type { SheetRow } from './read-rows.ts';
import { PATTERNS } from './infer-type.ts';

/** True when a row holds no value. */
export const isBlank = (row: SheetRow) => row.cells.every((c) => c.trim() === '');

/**
 * The header's line: the first non-blank row when its cells are all text labels (non-empty,
 * distinct, none a number or a date); 0 when the file starts with data.
 */
export function detectHeaderLine(rows: readonly SheetRow[]): number {
  const first = rows.find((r) => !isBlank(r));
  if (!first) return 0;
  const cells = first.cells.map((c) => c.trim());
  const labels =
    cells.every(Boolean) &&
    new Set(cells).size === cells.length &&
    cells.every(
      (c) => !PATTERNS.number.test(c) && !PATTERNS.date.test(c) && !PATTERNS.dateTime.test(c),
    );
  return labels ? first.line : 0;
}

/** Column names: the header's cells, or Column 1, Column 2… */
export function columnNames(header: SheetRow | undefined, width: number): string[] {
  return Array.from({ length: width }, (_, i) => header?.cells[i]?.trim() || `Column ${i + 1}`);
}
