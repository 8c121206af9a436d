import { createEvent } from '@pyairtable/events';
import type { AirtableDb, MirrorBase } from '../db.ts';
import type { SyncDeps } from './sync-job.ts';

/** Stores a base's sync progress and announces it (syncProgress subscribers). */
export async function reportProgress(
  deps: Pick<SyncDeps, 'db' | 'events'>,
  base: MirrorBase,
  data: Parameters<AirtableDb['updateSync']>[1],
): Promise<MirrorBase> {
  const updated = await deps.db.updateSync(base.id, data);
  await deps.events.publish(
    createEvent('sync.progress', {
      workspaceId: base.workspaceId,
      baseId: base.id,
      status: updated.syncState,
      recordsDone: updated.recordsDone,
      recordsTotal: updated.recordsTotal,
      tablesDone: updated.tablesDone,
      tablesTotal: updated.tablesTotal,
    }),
  );
  return updated;
}
