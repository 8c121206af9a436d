import { createEvent, type EventBus } from '@pyairtable/events';
import type { AirtableDb, RecordRow } from '../db.ts';
import { announce } from './announce.ts';
import { changedFieldIds } from './diff-cells.ts';

export interface IncomingRecord {
  id: string;
  createdTime: string;
  fields: Record<string, unknown>;
}

/**
 * Writes records Airtable returned into the mirror and emits one record.changed event per
 * record that actually changed. Returns how many changed.
 */
export async function applyRecords(
  deps: { db: AirtableDb; events: EventBus },
  target: {
    /** Every workspace linked to the base: each hears the change. */
    workspaceIds: readonly string[];
    baseId: string;
    tableId: string;
    source: 'sync' | 'platform';
    createdById?: string | null;
    /** The platform user whose write it was, for the change log. */
    actorId?: string | null;
    emit: boolean;
  },
  records: IncomingRecord[],
  known?: Map<string, RecordRow>,
): Promise<number> {
  if (records.length === 0) return 0;
  const changed = records.filter((r) => {
    const old = known?.get(r.id);
    return !old || changedFieldIds(old.cells, r.fields).length > 0;
  });
  if (known && changed.length === 0) return 0;
  const before = await deps.db.upsertRecords(
    target.tableId,
    (known ? changed : records).map((r) => ({
      id: r.id,
      cells: r.fields,
      createdTime: new Date(r.createdTime),
      createdById: target.createdById,
    })),
    // What is announced is also logged, durably, with the cells before and after.
    target.emit
      ? {
          baseId: target.baseId,
          workspaceIds: target.workspaceIds,
          source: target.source,
          actorId: target.actorId,
        }
      : undefined,
  );
  const previous = new Map(before.map((r) => [r.id, r]));
  let count = 0;
  for (const record of known ? changed : records) {
    const old = previous.get(record.id);
    const fields = old
      ? changedFieldIds(old.cells, record.fields)
      : Object.keys(record.fields).sort();
    if (old && fields.length === 0) continue;
    count++;
    if (!target.emit) continue;
    await announce(deps.events, target.workspaceIds, (workspaceId) =>
      createEvent('record.changed', {
        workspaceId,
        baseId: target.baseId,
        tableId: target.tableId,
        recordId: record.id,
        kind: old ? 'UPDATED' : 'CREATED',
        changedFields: fields,
        source: target.source,
      }),
    );
  }
  return count;
}

/** Removes records from the mirror, with a DELETED event for each. */
export async function removeRecords(
  deps: { db: AirtableDb; events: EventBus },
  target: {
    workspaceIds: readonly string[];
    baseId: string;
    tableId: string;
    source: 'sync' | 'platform';
    actorId?: string | null;
  },
  ids: string[],
): Promise<void> {
  if (ids.length === 0) return;
  const { workspaceIds, actorId, ...where } = target;
  await deps.db.deleteRecords(target.tableId, ids, {
    baseId: target.baseId,
    workspaceIds,
    source: target.source,
    actorId,
  });
  for (const recordId of ids) {
    await announce(deps.events, workspaceIds, (workspaceId) =>
      createEvent('record.changed', {
        ...where,
        workspaceId,
        recordId,
        kind: 'DELETED',
        changedFields: [],
      }),
    );
  }
}
