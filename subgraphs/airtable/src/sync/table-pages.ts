import type { MirrorBase } from '../db.ts';
import type { IncomingRecord } from './apply-records.ts';
import { SyncStopped, type SyncJob } from './sync-job.ts';

// Airtable's largest page; a formula naming record ids stays well under its URL limit at 50.
const PAGE_SIZE = 100;
const IDS_PER_FORMULA = 50;

/** Lists a table's records from Airtable in pages (cells by field id), handing each page over. */
export async function eachPage(
  job: SyncJob,
  base: MirrorBase,
  tableId: string,
  options: { filterByFormula?: string; fields?: string[]; view?: string },
  onPage: (records: IncomingRecord[]) => Promise<void>,
): Promise<void> {
  const client = await job.clients.forConnection(base.connectionId);
  let offset: string | undefined;
  do {
    if (job.stopping()) throw new SyncStopped();
    const page = await client.listRecordsPage(base.id, tableId, {
      pageSize: PAGE_SIZE,
      offset,
      returnFieldsByFieldId: true,
      ...options,
    });
    await onPage(page.records);
    offset = page.offset;
  } while (offset);
}

/** Fetches the named records of a table in full, a formula of ids at a time. */
export async function eachRecordById(
  job: SyncJob,
  base: MirrorBase,
  tableId: string,
  ids: readonly string[],
  onPage: (records: IncomingRecord[]) => Promise<void>,
): Promise<void> {
  for (let i = 0; i < ids.length; i += IDS_PER_FORMULA) {
    const formula = `OR(${ids
      .slice(i, i + IDS_PER_FORMULA)
      .map((id) => `RECORD_ID()="${id}"`)
      .join(',')})`;
    await eachPage(job, base, tableId, { filterByFormula: formula }, onPage);
  }
}

/** A view's record ids in its order. */
export async function viewRecordIds(
  job: SyncJob,
  base: MirrorBase,
  tableId: string,
  viewId: string,
): Promise<string[]> {
  const ids: string[] = [];
  await eachPage(
    job,
    base,
    tableId,
    { view: viewId, fields: [] },
    async (records) => void ids.push(...records.map((r) => r.id)),
  );
  return ids;
}
