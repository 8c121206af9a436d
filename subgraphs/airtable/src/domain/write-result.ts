import { notFound, uuidOrNotFound } from '@pyairtable/subgraph-kit';

const isNotFound = (error: unknown) =>
  (error as { extensions?: { code?: string } })?.extensions?.code === 'NOT_FOUND';
import type { AirtableDb } from '../db.ts';
import type { AirtableDeps } from '../deps.ts';
import { requireTable, roleIn } from './access.ts';
import { requireUser, type Actor } from '@pyairtable/subgraph-kit';

export type StoredBatch = NonNullable<Awaited<ReturnType<AirtableDb['findBatch']>>>;

/**
 * A write batch as the API returns it: its status and the records it wrote, with their
 * table as the actor sees it. Only the written records are read, never the whole table.
 */
export async function describeWrite(deps: AirtableDeps, actor: Actor, batch: StoredBatch) {
  const ids = batch.ops.map((o) => o.resultRecordId).filter((id): id is string => Boolean(id));
  const deleted = batch.kind === 'DELETE' && batch.status === 'APPLIED';
  // The table as the writer sees it: the answer shows only the fields they may see.
  const [rows, { table }] = await Promise.all([
    deleted ? [] : deps.db.findRecords(ids),
    requireTable(deps, actor, batch.baseId, batch.tableId, 'VIEWER'),
  ]);
  return {
    batchId: batch.id,
    status: batch.status,
    table,
    records: deleted ? [] : ids.flatMap((id) => rows.find((r) => r.id === id) ?? []),
    deletedIds: deleted ? ids : [],
    error: batch.error,
    createdAt: batch.createdAt,
  };
}

/** A write accepted earlier, by its batch id; NOT_FOUND for writes of other workspaces. */
export async function getWrite(deps: AirtableDeps, actor: Actor, id: string) {
  requireUser(actor);
  const batch = await deps.db.findBatch(uuidOrNotFound(id, 'Write'));
  const role = batch ? await roleIn(deps, actor, batch.workspaceId) : null;
  if (!batch || !role) throw notFound('Write', id);
  return describeWrite(deps, actor, batch).catch((error: unknown) => {
    // The table or base is no longer one they may see: nor is the write.
    throw isNotFound(error) ? notFound('Write', id) : error;
  });
}
