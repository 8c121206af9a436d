// Search in the grid: the words searched for, the cells that hold them (to jump between), and
// a cell's text cut into plain and matching parts (to mark them).
import { cellText } from './format.ts';
import type { FieldLike } from './field-types.ts';
import type { RecordNode } from './graphql/records.ts';
import type { Cell } from './grid-navigation.ts';

/** The words of a search, lowercased; one-letter words would match everywhere. */
export function searchTerms(search: string): string[] {
  return [
    ...new Set(
      search
        .toLowerCase()
        .split(/\s+/)
        .filter((word) => word.length > 1),
    ),
  ];
}

/** The cells, row by row, whose text holds one of the terms. */
export function findMatches(
  records: readonly RecordNode[],
  fields: readonly (FieldLike & { name: string })[],
  terms: readonly string[],
): Cell[] {
  if (terms.length === 0) return [];
  const cells: Cell[] = [];
  records.forEach((record, row) =>
    fields.forEach((field, col) => {
      const text = cellText(record.fields[field.name], field).toLowerCase();
      if (terms.some((term) => text.includes(term))) cells.push({ row, col });
    }),
  );
  return cells;
}

/** A text in parts, each marked when it is one of the terms. */
export function markParts(
  text: string,
  terms: readonly string[],
): { text: string; match: boolean }[] {
  if (terms.length === 0 || !text) return [{ text, match: false }];
  const lower = text.toLowerCase();
  const parts: { text: string; match: boolean }[] = [];
  let at = 0;
  while (at < text.length) {
    let next = -1;
    let length = 0;
    for (const term of terms) {
      const found = lower.indexOf(term, at);
      if (found >= 0 && (next < 0 || found < next || (found === next && term.length > length))) {
        next = found;
        length = term.length;
      }
    }
    if (next < 0) break;
    if (next > at) parts.push({ text: text.slice(at, next), match: false });
    parts.push({ text: text.slice(next, next + length), match: true });
    at = next + length;
  }
  if (at < text.length) parts.push({ text: text.slice(at), match: false });
  return parts;
}
