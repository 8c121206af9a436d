import { linkedWorkspaceIds, type LinkedBase } from '../db.ts';
import { applyRecords, removeRecords } from './apply-records.ts';
import { refreshSchema } from './refresh-schema.ts';
import type { SyncJob } from './sync-job.ts';
import { eachRecordById } from './table-pages.ts';

/** Applies what the base's webhook payloads say changed: changed records fetched again in full. */
export async function applyWebhook(job: SyncJob, base: LinkedBase): Promise<void> {
  if (!job.webhooks) return;
  const changes = await job.webhooks.readChanges(base);
  if (changes.schemaChanged) await refreshSchema(job, base, true);
  for (const [tableId, ids] of changes.changed) {
    const known = new Map((await job.db.findRecords([...ids])).map((r) => [r.id, r]));
    const target = {
      workspaceIds: linkedWorkspaceIds(base),
      baseId: base.id,
      tableId,
      source: 'sync' as const,
      emit: true,
    };
    await eachRecordById(job, base, tableId, [...ids], (records) =>
      applyRecords(job, target, records, known).then(() => undefined),
    );
  }
  for (const [tableId, ids] of changes.destroyed) {
    await removeRecords(
      job,
      { workspaceIds: linkedWorkspaceIds(base), baseId: base.id, tableId, source: 'sync' },
      [...ids],
    );
  }
}
