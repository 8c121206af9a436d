import { linkedWorkspaceIds, type LinkedBase } from '../db.ts';
import { applyRecords } from './apply-records.ts';
import type { SyncJob } from './sync-job.ts';
import { eachPage } from './table-pages.ts';

// Polls ask for records modified since the last poll began, minus this overlap, so a change
// landing while a poll runs (or a small clock skew with Airtable) is never missed.
const POLL_OVERLAP_MS = 2_000;

/** Brings records created or changed in Airtable since the last poll into the mirror. */
export async function poll(job: SyncJob, base: LinkedBase): Promise<void> {
  const started = job.clock();
  const since = new Date((base.pollWatermark ?? started).getTime() - POLL_OVERLAP_MS).toISOString();
  let changes = 0;
  for (const table of await job.db.listTables(base.id)) {
    const known = new Map((await job.db.listRecords(table.id)).map((r) => [r.id, r]));
    await eachPage(
      job,
      base,
      table.id,
      { filterByFormula: `IS_AFTER(LAST_MODIFIED_TIME(), DATETIME_PARSE("${since}"))` },
      async (records) => {
        changes += await applyRecords(
          job,
          {
            workspaceIds: linkedWorkspaceIds(base),
            baseId: base.id,
            tableId: table.id,
            source: 'sync',
            emit: true,
          },
          records,
          known,
        );
      },
    );
  }
  await job.db.updateSync(base.id, { pollWatermark: started });
  if (changes > 0) job.logger.info({ baseId: base.id, changes }, 'poll applied changes');
}
