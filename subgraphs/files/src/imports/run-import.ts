import { createEvent } from '@pyairtable/events';
import { createGatewayExecutor, type Caller } from '@pyairtable/subgraph-kit';
import type { ImportColumnMapping, ImportJob, NewRejection } from '../db.ts';
import type { FilesDeps } from '../deps.ts';
import { createAirtableTarget, GraphFailure, type AirtableTarget } from './airtable-target.ts';
import { convertCell } from './convert-cell.ts';
import { isBlank } from './detect-header.ts';
import { readRows, sheetFormatOf, type SheetRow } from './read-rows.ts';

const RETRIES = 5;
const PENDING_POLL_MS = 250;

type Column = ImportColumnMapping & { type: string };

/** A row as the record it writes, or the first reason it cannot be imported. */
function convertRow(row: SheetRow, columns: Column[], mergeOn: string[]) {
  const fields: Record<string, unknown> = {};
  for (const c of columns) {
    const converted = convertCell(c.type, row.cells[c.column] ?? '');
    if (!converted.ok)
      return { rejection: { line: row.line, column: c.field, reason: converted.reason } };
    if (converted.value !== undefined) fields[c.field] = converted.value;
  }
  const empty = mergeOn.find((name) => fields[name] === undefined);
  if (empty)
    return {
      rejection: { line: row.line, column: empty, reason: `The merge field "${empty}" is empty.` },
    };
  return { fields };
}

/** The data rows of the file: after the header, blank rows left out. */
async function* dataRows(path: string, job: ImportJob, format: 'CSV' | 'XLSX') {
  for await (const row of readRows(path, format))
    if (row.line > job.headerLine && !isBlank(row)) yield row;
}

/** Waits `ms`, or less when the signal aborts. */
export const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });

/**
 * Runs a claimed import from where it stopped (`rowsDone`): chunk by chunk, each written with an
 * idempotency key of its position, so a chunk resent after a crash is not written twice, and
 * recorded (position, rejected rows) in one transaction once Airtable accepted it.
 */
export async function runImport(deps: FilesDeps, job: ImportJob, signal?: AbortSignal) {
  const log = deps.logger.child({ importId: job.id });
  const publish = async (status: ImportJob['status']) => {
    const now = await deps.db.findImport(job.id);
    await deps.events
      .publish(
        createEvent('import.progress', {
          workspaceId: job.workspaceId,
          jobId: job.id,
          status,
          rowsDone: now?.rowsDone ?? 0,
          totalRows: now?.totalRows ?? 0,
        }),
      )
      .catch((err: unknown) => log.warn({ err }, 'import progress not published'));
  };
  const fail = async (message: string) => {
    await deps.db.finishImport(job.id, 'FAILED', deps.clock(), message);
    log.warn({ error: message }, 'import failed');
    await publish('FAILED');
  };
  const file = await deps.db.findFile(job.fileId);
  const format = sheetFormatOf(file?.contentType ?? null);
  if (!file || file.status !== 'READY' || !format)
    return fail('The file is gone or is not a spreadsheet.');
  const target = createAirtableTarget(
    createGatewayExecutor({
      gatewayUrl: deps.gatewayUrl,
      signingSecret: deps.config.GATEWAY_SIGNING_SECRET,
      // As the person who started it: their permissions and API key scopes still apply.
      caller: { ...(job.actor as unknown as Caller), requestId: `import-${job.id}` },
      timeoutMs: 120_000,
    }),
  );
  const attempt = async <T>(step: () => Promise<T>): Promise<T> => {
    for (let i = 1; ; i++) {
      try {
        return await step();
      } catch (error) {
        if (!(error instanceof GraphFailure) || !error.transient || i >= RETRIES) throw error;
        log.warn({ err: error, attempt: i }, 'import step retried');
        await sleep(500 * 2 ** i, signal);
      }
    }
  };
  try {
    const table = await attempt(() => target.readTable(job.baseId, job.tableId));
    if (!table) return await fail('The table is gone, or you can no longer read it.');
    const mapping = job.mapping as unknown as ImportColumnMapping[];
    const columns: Column[] = [];
    for (const m of mapping) {
      const field = table.fields.find((f) => f.name === m.field);
      if (!field) return await fail(`The table has no field "${m.field}".`);
      columns.push({ ...m, type: field.type });
    }
    const path = deps.storage.filePath(file.id);
    if (job.totalRows === 0) {
      let total = 0;
      for await (const _ of dataRows(path, job, format)) total++;
      await deps.db.setImportTotal(job.id, total);
    }
    await publish('RUNNING');
    let position = 0;
    let chunk: SheetRow[] = [];
    const flush = async () => {
      const start = position - chunk.length;
      const ok = await writeChunk(
        deps,
        job,
        target,
        table.id,
        columns,
        chunk,
        start,
        attempt,
        signal,
      );
      chunk = [];
      await publish('RUNNING');
      return ok;
    };
    for await (const row of dataRows(path, job, format)) {
      position++;
      if (position <= job.rowsDone) continue;
      chunk.push(row);
      if (chunk.length >= deps.config.FILES_IMPORT_CHUNK_ROWS && !(await flush())) return;
      if (signal?.aborted) return;
    }
    if (chunk.length && !(await flush())) return;
    await deps.db.finishImport(job.id, 'SUCCEEDED', deps.clock());
    log.info({}, 'import finished');
    await publish('SUCCEEDED');
  } catch (error) {
    if (signal?.aborted) return;
    await fail(
      error instanceof GraphFailure ? error.message : 'The import stopped on an unexpected error.',
    );
    if (!(error instanceof GraphFailure)) log.error({ err: error }, 'import failed');
  }
}

/** Writes one chunk and records it; false when the job was cancelled meanwhile. */
async function writeChunk(
  deps: FilesDeps,
  job: ImportJob,
  target: AirtableTarget,
  tableId: string,
  columns: Column[],
  rows: SheetRow[],
  start: number,
  attempt: <T>(step: () => Promise<T>) => Promise<T>,
  signal?: AbortSignal,
): Promise<boolean> {
  const current = await deps.db.findImport(job.id);
  if (current?.status !== 'RUNNING') return false;
  const rejections: NewRejection[] = [];
  const records: { line: number; fields: Record<string, unknown> }[] = [];
  for (const row of rows) {
    const converted = convertRow(row, columns, job.mergeOn);
    if (converted.rejection) rejections.push(converted.rejection);
    else records.push({ line: row.line, fields: converted.fields! });
  }
  let written = records.length;
  if (records.length) {
    let status = await attempt(() =>
      target.write(
        job.baseId,
        tableId,
        records.map((r) => r.fields),
        job.mergeOn,
        `import:${job.id}:${start}`,
      ),
    );
    while (status.status === 'PENDING' && !signal?.aborted) {
      await sleep(PENDING_POLL_MS, signal);
      status = await attempt(() => target.batch(status.batchId));
    }
    if (status.status === 'PENDING') return false;
    if (status.status === 'FAILED') {
      written = 0;
      for (const r of records)
        rejections.push({
          line: r.line,
          column: null,
          reason: `Airtable refused the rows ${records[0]!.line}–${records.at(-1)!.line}: ${status.error ?? 'no reason given'}`,
        });
    }
  }
  const leaseUntil = new Date(deps.clock().getTime() + deps.config.FILES_IMPORT_LEASE_MS);
  return deps.db.recordChunk(job.id, { rows: rows.length, written, rejections }, leaseUntil);
}
