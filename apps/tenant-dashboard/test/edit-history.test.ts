// The session's undo and redo: order, a new edit clearing redo, and a deleted record that came
// back under a new id still reached by older edits.
import { describe, expect, it } from 'vitest';
import {
  EMPTY_HISTORY,
  inverse,
  record,
  renameRecord,
  takeRedo,
  takeUndo,
} from '../src/lib/edit-history.ts';

const node = (id: string) => ({
  id,
  createdTime: '2025-01-01T00:00:00.000Z',
  fields: { Name: id },
});
const edit = (recordId: string, from: string, to: string) => ({
  kind: 'cells' as const,
  changes: [{ recordId, before: { Name: from }, after: { Name: to } }],
});

describe('edit history', () => {
  it('undoes the latest edit first and redoes it again', () => {
    let history = record(record(EMPTY_HISTORY, edit('rec1', 'a', 'b')), edit('rec1', 'b', 'c'));
    const first = takeUndo(history)!;
    expect(first.edit).toEqual(edit('rec1', 'b', 'c'));
    history = first.history;
    expect(takeUndo(history)!.edit).toEqual(edit('rec1', 'a', 'b'));
    const again = takeRedo(history)!;
    expect(again.edit).toEqual(edit('rec1', 'b', 'c'));
    expect(takeRedo(again.history)).toBeNull();
  });

  it('forgets what was undone once a new edit is made', () => {
    const undone = takeUndo(record(EMPTY_HISTORY, edit('rec1', 'a', 'b')))!.history;
    expect(takeRedo(record(undone, edit('rec2', 'x', 'y')))).toBeNull();
    expect(takeUndo(EMPTY_HISTORY)).toBeNull();
  });

  it('writes the values before on undo', () => {
    expect(inverse(edit('rec1', 'a', 'b').changes)).toEqual(edit('rec1', 'b', 'a').changes);
  });

  it('follows a record brought back under a new id', () => {
    let history = record(EMPTY_HISTORY, edit('rec1', 'a', 'b'));
    history = record(history, { kind: 'delete', record: node('rec1') });
    const undo = takeUndo(history)!;
    history = renameRecord(undo.history, 'rec1', node('rec9'));
    expect(takeUndo(history)!.edit).toEqual(edit('rec9', 'a', 'b'));
    expect(takeRedo(history)!.edit).toEqual({ kind: 'delete', record: node('rec9') });
  });
});
