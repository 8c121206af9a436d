'use client';
// Undo and redo for the session's edits in a table (Ctrl+Z / Ctrl+Shift+Z in the grid, the
// Undo button on a deletion's toast): cell edits from the grid and the drawer, and deletions,
// which undo brings back as a new record with the same values.
import { useRef } from 'react';
import {
  EMPTY_HISTORY,
  forget,
  inverse,
  record as remember,
  renameRecord,
  takeRedo,
  takeUndo,
  type CellChange,
  type Edit,
} from '../../lib/edit-history.ts';
import { errorText } from '../../lib/errors.ts';
import { isComputed } from '../../lib/field-types.ts';
import type { TableMeta } from '../../lib/graphql/airtable.ts';
import type { RecordNode } from '../../lib/graphql/records.ts';
import { useToasts } from '../toasts.tsx';
import type { RecordWrites } from './use-record-writes.ts';

/** A record's values Airtable lets us write back (computed fields come by themselves). */
function writableFields(record: RecordNode, table: TableMeta): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const field of table.fields)
    if (!isComputed(field) && record.fields[field.name] !== undefined)
      fields[field.name] = record.fields[field.name];
  return fields;
}

function cells(changes: CellChange[]): string {
  const count = changes.reduce((n, c) => n + Object.keys(c.after).length, 0);
  return count === 1 ? 'the change to 1 cell' : `the changes to ${count} cells`;
}

function describe(edit: Edit, direction: 'undo' | 'redo'): string {
  if (edit.kind === 'delete')
    return direction === 'undo' ? 'The deleted record is back.' : 'Deleted the record again.';
  return `${direction === 'undo' ? 'Undid' : 'Redid'} ${cells(edit.changes)}.`;
}

export function useEditHistory({ table, writes }: { table: TableMeta; writes: RecordWrites }) {
  const toasts = useToasts();
  const history = useRef(EMPTY_HISTORY);

  const write = (changes: CellChange[]) =>
    writes.updateFields(changes.map((c) => ({ recordId: c.recordId, fields: c.after })));

  /** Cell edits, undoable; rejects with Airtable's reason (and is forgotten) when refused. */
  const edit = async (changes: CellChange[]) => {
    if (changes.length === 0) return;
    const entry: Edit = { kind: 'cells', changes };
    history.current = remember(history.current, entry);
    try {
      await write(changes);
    } catch (error) {
      history.current = forget(history.current, entry);
      throw error;
    }
  };

  const replay = async (entry: Edit, direction: 'undo' | 'redo') => {
    if (entry.kind === 'cells')
      return write(direction === 'undo' ? inverse(entry.changes) : entry.changes);
    if (direction === 'redo') return writes.deleteRecord(entry.record);
    const back = await writes.createRecord(writableFields(entry.record, table));
    if (back) history.current = renameRecord(history.current, entry.record.id, back);
  };

  const step = async (direction: 'undo' | 'redo') => {
    const before = history.current;
    const taken = direction === 'undo' ? takeUndo(before) : takeRedo(before);
    if (!taken) {
      toasts.show(direction === 'undo' ? 'Nothing to undo.' : 'Nothing to redo.');
      return;
    }
    history.current = taken.history;
    try {
      await replay(taken.edit, direction);
      toasts.show(describe(taken.edit, direction), 'success');
    } catch (error) {
      history.current = before;
      toasts.show(`Could not ${direction}: ${errorText(error)}`, 'error');
    }
  };
  const undo = () => step('undo');
  const redo = () => step('redo');

  /** Deletes at once, without asking: undo brings the record back. */
  const deleteRecord = async (record: RecordNode) => {
    await writes.deleteRecord(record);
    history.current = remember(history.current, { kind: 'delete', record });
    toasts.show('Record deleted. Ctrl+Z brings it back.', 'success', {
      label: 'Undo',
      run: () => void undo(),
    });
  };

  return { edit, deleteRecord, undo, redo };
}
