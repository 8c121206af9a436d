import { forbidden, notFound } from '@pyairtable/subgraph-kit';
import type { RecordRow, WriteKind } from '../db.ts';
import type { AirtableDeps } from '../deps.ts';
import { assertWritable, rowFilter, type RecordScope } from '../mirror/record-scope.ts';
import { stableJson } from '../stable-json.ts';

interface PlannedOp {
  recordId?: string;
  fields?: Record<string, unknown>;
  replace: boolean;
  fieldsToMergeOn?: string[];
}

/**
 * Refuses, whole and before anything is stored, a write that goes past what the caller may
 * change: a read-only field, a record outside their row rule before the change (it does not
 * exist for them), or one the change would move outside it. For upserts, a record the merge
 * fields would match but the caller cannot see counts as outside too.
 */
export async function checkWriteScope(
  deps: AirtableDeps,
  scope: RecordScope,
  tableId: string,
  kind: WriteKind,
  ops: readonly PlannedOp[],
  existing: ReadonlyMap<string, RecordRow>,
): Promise<void> {
  for (const op of ops) assertWritable(scope, Object.keys(op.fields ?? {}));
  const visible = rowFilter(scope, deps.clock());
  if (!visible) return;
  const now = new Date();
  for (const [i, op] of ops.entries()) {
    const before = op.recordId ? existing.get(op.recordId) : undefined;
    if ((kind === 'UPDATE' || kind === 'DELETE') && (!before || !visible(before)))
      throw notFound('Record', op.recordId);
    if (kind === 'DELETE') continue;
    const cells = before && !op.replace ? { ...before.cells, ...op.fields } : (op.fields ?? {});
    const after = { id: op.recordId ?? '', createdTime: before?.createdTime ?? now, cells };
    if (!visible(after))
      throw forbidden(
        `Record ${i + 1}: the change would put it outside the records you may see, so it is refused.`,
      );
  }
  if (kind === 'UPSERT') await checkUpsertMatches(deps, tableId, ops, visible);
}

async function checkUpsertMatches(
  deps: AirtableDeps,
  tableId: string,
  ops: readonly PlannedOp[],
  visible: (record: RecordRow) => boolean,
) {
  const snapshot = await deps.mirror.snapshot(tableId);
  if (!snapshot) return;
  for (const [i, op] of ops.entries()) {
    const on = op.fieldsToMergeOn ?? [];
    const key = stableJson(on.map((id) => op.fields?.[id] ?? null));
    const hidden = snapshot.records.find(
      (r) => !visible(r) && stableJson(on.map((id) => r.cells[id] ?? null)) === key,
    );
    if (hidden)
      throw forbidden(
        `Record ${i + 1}: it would merge into a record outside the records you may see, so it is refused.`,
      );
  }
}
