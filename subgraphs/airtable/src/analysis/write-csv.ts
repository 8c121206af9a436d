import { stringify } from 'csv-stringify/sync';
import type { RecordRow } from '../db.ts';
import type { TableSnapshot } from '../mirror/mirror-cache.ts';

type Field = TableSnapshot['table']['fields'][number];

/** Names of linked records by id, for link cells (CSV shows names, as Airtable's export does). */
export type LinkedNames = ReadonlyMap<string, string>;

/** One CSV line of fields, RFC 4180: CRLF-terminated, a field quoted when it holds a comma, a quote or any line break. */
function csvLine(fields: string[]): string {
  return stringify([fields], { record_delimiter: 'windows', quoted_match: /[\r\n]/ });
}

/** One CSV field, RFC 4180: quoted when it holds a comma, a quote or a line break. */
export function csvField(text: string): string {
  return csvLine([text]).slice(0, -2);
}

/** A cell as text: lists joined with ", ", people by name, attachments by file name and URL. */
export function cellText(field: Field, value: unknown, linkedNames: LinkedNames): string {
  if (value === null || value === undefined || value === false) return '';
  if (value === true) return 'checked';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    return value
      .map((item) =>
        field.type === 'multipleRecordLinks' && typeof item === 'string'
          ? (linkedNames.get(item) ?? item)
          : cellText(field, item, linkedNames),
      )
      .join(', ');
  }
  if (typeof value === 'object') {
    const v = value as { name?: string; email?: string; filename?: string; url?: string };
    if (v.filename && v.url) return `${v.filename} (${v.url})`;
    if (v.name || v.email) return v.name ?? v.email ?? '';
    return JSON.stringify(value);
  }
  return String(value);
}

/** Streams rows into CSV text, stopping with `tooLarge` once past `maxBytes`. */
export function writeCsv(
  fields: readonly Field[],
  records: readonly RecordRow[],
  linkedNames: LinkedNames,
  maxBytes: number,
): { csv: string } | { tooLarge: true } {
  const lines = [csvLine(fields.map((f) => f.name))];
  let bytes = Buffer.byteLength(lines[0]!);
  for (const record of records) {
    const line = csvLine(fields.map((f) => cellText(f, record.cells[f.id], linkedNames)));
    bytes += Buffer.byteLength(line);
    if (bytes > maxBytes) return { tooLarge: true };
    lines.push(line);
  }
  return { csv: lines.join('') };
}
