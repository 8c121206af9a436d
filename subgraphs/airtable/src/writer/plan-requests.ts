import type { WriteOp } from '../db.ts';

/** Airtable takes at most 10 records per write request. */
export const MAX_RECORDS_PER_REQUEST = 10;

/** One Airtable request: ops of the same workspace, table and kind, whole batches where they fit. */
export interface PlannedRequest {
  /** Whose connection's token sends it. */
  workspaceId: string;
  tableId: string;
  kind: WriteOp['kind'];
  typecast: boolean;
  replace: boolean;
  fieldsToMergeOn: string | null;
  ops: WriteOp[];
}

function signature(op: WriteOp): string {
  return JSON.stringify([
    op.workspaceId,
    op.tableId,
    op.kind,
    op.typecast,
    op.replace,
    op.fieldsToMergeOn ?? null,
  ]);
}

/**
 * Coalesces pending ops (oldest first) into requests of at most 10 records. A client batch
 * of up to 10 records is never split, so it succeeds or fails as one request; a record is
 * never written twice in one request; order between requests follows the ops' order.
 */
export function planRequests(ops: WriteOp[]): PlannedRequest[] {
  const byBatch = new Map<string, WriteOp[]>();
  for (const op of ops) byBatch.set(op.batchId, [...(byBatch.get(op.batchId) ?? []), op]);
  const requests: PlannedRequest[] = [];
  let current: PlannedRequest | undefined;
  for (const batchOps of byBatch.values()) {
    for (let i = 0; i < batchOps.length; i += MAX_RECORDS_PER_REQUEST) {
      const slice = batchOps.slice(i, i + MAX_RECORDS_PER_REQUEST);
      const first = slice[0]!;
      const ids = new Set(current?.ops.map((o) => o.recordId).filter(Boolean));
      const fits =
        current &&
        signature(current.ops[0]!) === signature(first) &&
        current.ops.length + slice.length <= MAX_RECORDS_PER_REQUEST &&
        !slice.some((o) => o.recordId && ids.has(o.recordId));
      if (fits) {
        current!.ops.push(...slice);
      } else {
        current = {
          workspaceId: first.workspaceId,
          tableId: first.tableId,
          kind: first.kind,
          typecast: first.typecast,
          replace: first.replace,
          fieldsToMergeOn: first.fieldsToMergeOn ? JSON.stringify(first.fieldsToMergeOn) : null,
          ops: [...slice],
        };
        requests.push(current);
      }
    }
  }
  return requests;
}
