import { createEvent } from '@pyairtable/events';
import { linkedWorkspaceIds, type AirtableDb, type LinkedBase } from '../db.ts';
import { announce } from './announce.ts';
import type { SyncDeps } from './sync-job.ts';

/** Stores a base's sync progress and announces it (syncProgress subscribers). */
export async function reportProgress(
  deps: Pick<SyncDeps, 'db' | 'events'>,
  base: LinkedBase,
  data: Parameters<AirtableDb['updateSync']>[1],
): Promise<LinkedBase> {
  const updated = await deps.db.updateSync(base.id, data);
  await announce(deps.events, linkedWorkspaceIds(updated), (workspaceId) =>
    createEvent('sync.progress', {
      workspaceId,
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
