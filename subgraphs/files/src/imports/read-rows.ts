import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';

/** A row of a spreadsheet: its cells as text, and the line (1-based) it starts on. */
export interface SheetRow {
  line: number;
  cells: string[];
}

export type SheetFormat = 'CSV' | 'XLSX';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** CSV for text files, XLSX for Excel workbooks; null for anything else. */
export function sheetFormatOf(contentType: string | null): SheetFormat | null {
  if (contentType === 'text/csv' || contentType === 'text/plain') return 'CSV';
  if (contentType === XLSX) return 'XLSX';
  return null;
}

async function* csvRows(path: string): AsyncGenerator<SheetRow> {
  const parser = createReadStream(path).pipe(
    parse({ bom: true, relax_column_count: true, skip_empty_lines: false, info: true }),
  );
  for await (const { record, info } of parser as AsyncIterable<{
    record: string[];
    info: { lines: number; raw?: string };
  }>) {
    // `info.lines` is where the record ends; a quoted value may span lines.
    yield { line: info.lines, cells: record };
  }
}

/** An Excel cell's value as the text a person sees (dates as ISO 8601). */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('error' in value) return '';
  }
  return String(value);
}

async function* xlsxRows(path: string): AsyncGenerator<SheetRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    worksheets: 'emit',
  });
  // The first sheet only.
  for await (const sheet of reader) {
    for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
      const values = (row.values as ExcelJS.CellValue[]).slice(1);
      yield { line: row.number, cells: Array.from(values, cellText) };
    }
    return;
  }
}

/** Every row of the file in order, streamed (never the whole file in memory). */
export function readRows(path: string, format: SheetFormat): AsyncGenerator<SheetRow> {
  return format === 'CSV' ? csvRows(path) : xlsxRows(path);
}
