import { createEvent } from '@pyairtable/events';
import { linkedWorkspaceIds, type LinkedBase } from '../db.ts';
import { announce } from './announce.ts';
import { applyRecords, removeRecords } from './apply-records.ts';
import { ensureWebhook } from './ensure-webhook.ts';
import { refreshSchema } from './refresh-schema.ts';
import { reportProgress } from './report-progress.ts';
import type { SyncJob } from './sync-job.ts';
import { eachPage } from './table-pages.ts';

/**
 * Copies a whole base into the mirror: schema, then every table page by page, removing what
 * Airtable no longer has. A re-sync of a base already mirrored announces what changed.
 */
export async function fullSync(job: SyncJob, base: LinkedBase): Promise<void> {
  const started = job.clock();
  const wasReady = base.lastSyncedAt !== null;
  base = await reportProgress(job, base, {
    syncState: 'SYNCING',
    recordsDone: 0,
    tablesDone: 0,
    syncError: null,
  });
  const tables = await refreshSchema(job, base, wasReady);
  base = await reportProgress(job, base, { tablesTotal: tables.length });
  let done = 0;
  for (const [index, table] of tables.entries()) {
    const target = {
      workspaceIds: linkedWorkspaceIds(base),
      baseId: base.id,
      tableId: table.id,
      source: 'sync' as const,
    };
    const known = new Map((await job.db.listRecords(table.id)).map((r) => [r.id, r]));
    const seen = new Set<string>();
    await eachPage(job, base, table.id, {}, async (records) => {
      records.forEach((r) => seen.add(r.id));
      await applyRecords(job, { ...target, emit: wasReady }, records, known);
      done += records.length;
      base = await reportProgress(job, base, { recordsDone: done });
    });
    const gone = [...known.keys()].filter((id) => !seen.has(id));
    await removeRecords(job, target, gone);
    base = await reportProgress(job, base, { tablesDone: index + 1 });
  }
  // View order is fetched when a view is first queried, and by reconciliation: a full sync
  // spends its requests on records.
  await reportProgress(job, base, {
    syncState: 'READY',
    recordsTotal: done,
    lastSyncedAt: job.clock(),
    pollWatermark: started,
    lastReconciledAt: started,
  });
  await announce(job.events, linkedWorkspaceIds(base), (workspaceId) =>
    createEvent('sync.completed', {
      workspaceId,
      baseId: base.id,
      recordsTotal: done,
      tablesTotal: tables.length,
      durationMs: Math.max(0, job.clock().getTime() - started.getTime()),
    }),
  );
  await ensureWebhook(job, base);
  job.logger.info(
    {
      baseId: base.id,
      records: done,
      tables: tables.length,
      ms: job.clock().getTime() - started.getTime(),
    },
    'base synced',
  );
}
