import { linkedWorkspaceIds, type LinkedBase } from '../db.ts';
import { applyRecords, removeRecords } from './apply-records.ts';
import { ensureWebhook } from './ensure-webhook.ts';
import { refreshSchema } from './refresh-schema.ts';
import type { SyncJob } from './sync-job.ts';
import { eachPage, eachRecordById, viewRecordIds } from './table-pages.ts';

/** Catches what polling cannot see: deletions, schema changes, view membership, missed creates. */
export async function reconcile(job: SyncJob, base: LinkedBase): Promise<void> {
  const started = job.clock();
  const tables = await refreshSchema(job, base, true);
  for (const table of tables) {
    const target = {
      workspaceIds: linkedWorkspaceIds(base),
      baseId: base.id,
      tableId: table.id,
      source: 'sync' as const,
    };
    const known = new Set(await job.db.listRecordIds(table.id));
    const seen = new Set<string>();
    await eachPage(
      job,
      base,
      table.id,
      { fields: [] },
      async (records) => void records.forEach((r) => seen.add(r.id)),
    );
    await removeRecords(
      job,
      target,
      [...known].filter((id) => !seen.has(id)),
    );
    // Created while a poll missed them: fetch them in full.
    const missing = [...seen].filter((id) => !known.has(id));
    await eachRecordById(job, base, table.id, missing, (records) =>
      applyRecords(job, { ...target, emit: true }, records).then(() => undefined),
    );
    for (const view of table.views)
      await job.db.saveViewRecords(view.id, await viewRecordIds(job, base, table.id, view.id));
  }
  await ensureWebhook(job, base);
  await job.db.updateSync(base.id, { lastReconciledAt: started });
}
