// The session's edits in a table, for undo and redo: cell changes (each record's values before
// and after) and deleted records (kept whole, so undo can bring them back).
import type { RecordNode } from './graphql/records.ts';

export interface CellChange {
  recordId: string;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

export type Edit =
  { kind: 'cells'; changes: CellChange[] } | { kind: 'delete'; record: RecordNode };

export interface History {
  done: Edit[];
  undone: Edit[];
}

export const EMPTY_HISTORY: History = { done: [], undone: [] };
// Enough for a working session; older edits drop off.
const LIMIT = 100;

/** Edits to single cells as one change per record, with the values they replace. */
export function changesFrom(
  edits: readonly { record: RecordNode; field: { name: string }; value: unknown }[],
): CellChange[] {
  const byRecord = new Map<string, CellChange>();
  for (const { record, field, value } of edits) {
    const change = byRecord.get(record.id) ?? { recordId: record.id, before: {}, after: {} };
    change.before[field.name] = record.fields[field.name] ?? null;
    change.after[field.name] = value;
    byRecord.set(record.id, change);
  }
  return [...byRecord.values()];
}

/** A new edit: it can be undone, and what was undone before can no longer be redone. */
export function record(history: History, edit: Edit): History {
  return { done: [...history.done.slice(1 - LIMIT), edit], undone: [] };
}

/** Drops an edit that never happened (Airtable refused it). */
export function forget(history: History, edit: Edit): History {
  return { done: history.done.filter((e) => e !== edit), undone: history.undone };
}

/** The edit to undo and the history after it, or null when there is nothing to undo. */
export function takeUndo(history: History): { edit: Edit; history: History } | null {
  const edit = history.done.at(-1);
  if (!edit) return null;
  return { edit, history: { done: history.done.slice(0, -1), undone: [...history.undone, edit] } };
}

export function takeRedo(history: History): { edit: Edit; history: History } | null {
  const edit = history.undone.at(-1);
  if (!edit) return null;
  return { edit, history: { done: [...history.done, edit], undone: history.undone.slice(0, -1) } };
}

/** A cell edit the other way round: what undo writes. */
export function inverse(changes: CellChange[]): CellChange[] {
  return changes.map(({ recordId, before, after }) => ({ recordId, before: after, after: before }));
}

/**
 * A deleted record came back under a new id (Airtable never reuses one): every edit that names
 * the old id now names the new one, so undo and redo keep working across the deletion.
 */
export function renameRecord(history: History, from: string, to: RecordNode): History {
  const rename = (edit: Edit): Edit =>
    edit.kind === 'delete'
      ? edit.record.id === from
        ? { kind: 'delete', record: to }
        : edit
      : {
          kind: 'cells',
          changes: edit.changes.map((c) => (c.recordId === from ? { ...c, recordId: to.id } : c)),
        };
  return { done: history.done.map(rename), undone: history.undone.map(rename) };
}
