import { badUserInput, type Actor } from '@pyairtable/subgraph-kit';
import type { FilesDeps } from '../deps.ts';
import { columnNames, detectHeaderLine, isBlank } from '../imports/detect-header.ts';
import { inferFieldType } from '../imports/infer-type.ts';
import { readRows, sheetFormatOf, type SheetRow } from '../imports/read-rows.ts';
import { requireFile } from './access.ts';

export const PREVIEW_ROWS = 20;
// Types are inferred from more rows than are shown, so one odd value early does not decide.
const SAMPLE_ROWS = 200;

/** A READY spreadsheet file of the actor's workspace (editors), with its format. */
export async function requireSheet(deps: FilesDeps, actor: Actor, fileId: string) {
  const file = await requireFile(deps, actor, fileId, 'EDITOR');
  const format = sheetFormatOf(file.contentType);
  if (file.status !== 'READY' || !format)
    throw badUserInput('Import a READY CSV or XLSX file.', 'fileId');
  return { file, format };
}

/** The header, the first 20 data rows and each column's inferred type. */
export async function previewImport(
  deps: FilesDeps,
  actor: Actor,
  args: { fileId: string; headerLine?: number | null },
) {
  const { file, format } = await requireSheet(deps, actor, args.fileId);
  const head: SheetRow[] = [];
  for await (const row of readRows(deps.storage.filePath(file.id), format)) {
    head.push(row);
    if (head.length >= SAMPLE_ROWS + 10) break;
  }
  const headerLine = args.headerLine ?? detectHeaderLine(head);
  if (headerLine < 0) throw badUserInput('headerLine is 0 (no header) or a line.', 'headerLine');
  const header = head.find((r) => r.line === headerLine);
  const data = head.filter((r) => r.line > headerLine && !isBlank(r)).slice(0, SAMPLE_ROWS);
  const width = Math.max(header?.cells.length ?? 0, ...data.map((r) => r.cells.length));
  return {
    headerLine,
    columns: columnNames(header, width).map((name, index) => ({
      index,
      name,
      inferredType: inferFieldType(data.map((r) => r.cells[index] ?? '')),
    })),
    rows: data
      .slice(0, PREVIEW_ROWS)
      .map((r) => Array.from({ length: width }, (_, i) => r.cells[i] ?? '')),
  };
}
