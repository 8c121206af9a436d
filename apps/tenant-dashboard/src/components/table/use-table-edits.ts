'use client';
// Everything that changes a table's records from the table view: grid cells, the drawer's
// saves and deletions (all undoable), and "New record", created with its first value.
import { useState } from 'react';
import { changesFrom } from '../../lib/edit-history.ts';
import { errorText } from '../../lib/errors.ts';
import type { FieldMeta, TableMeta } from '../../lib/graphql/airtable.ts';
import type { RecordNode } from '../../lib/graphql/records.ts';
import type { CellEdit } from '../../lib/grid-edits.ts';
import type { LiveRecordList } from '../../lib/use-record-list.ts';
import { useToasts } from '../toasts.tsx';
import { NEW_RECORD_ID } from './record-form.tsx';
import { useEditHistory } from './use-edit-history.ts';
import { useRecordWrites } from './use-record-writes.ts';
import type { useRecordUrl } from './use-record-url.ts';

export function useTableEdits({
  baseId,
  table,
  records,
  url,
}: {
  baseId: string;
  table: TableMeta;
  records: LiveRecordList;
  url: ReturnType<typeof useRecordUrl>;
}) {
  const toasts = useToasts();
  const writes = useRecordWrites({ baseId, table, records });
  const history = useEditHistory({ table, writes });
  const primaryField = table.fields.find((f) => f.id === table.primaryField.id);
  const [blankRecord] = useState<RecordNode>(() => ({
    id: NEW_RECORD_ID,
    createdTime: new Date().toISOString(),
    fields: {},
  }));

  // "New record" opens an empty record at once; Airtable gets it with its first value, so an
  // abandoned one leaves no blank record behind.
  const [drafting, setDrafting] = useState(false);
  const createWith = async (_draft: RecordNode, fields: Record<string, unknown>) => {
    const created = await writes.createRecord(fields);
    setDrafting(false);
    if (created) url.openRecord(created, primaryField);
    else toasts.show('The record was accepted and will appear in a moment.');
  };

  const editCells = (edits: CellEdit<FieldMeta>[]) => {
    history.edit(changesFrom(edits)).catch((error: unknown) => {
      const back =
        edits.length === 1
          ? 'The cell is back to its value.'
          : `The ${edits.length} cells are back to their values.`;
      toasts.show(`Not saved: ${errorText(error)} ${back}`, 'error');
    });
  };

  const saveRecord = async (record: RecordNode, fields: Record<string, unknown>) => {
    const edits = Object.entries(fields).map(([name, value]) => ({
      record,
      field: { name },
      value,
    }));
    await history.edit(changesFrom(edits));
  };

  const deleteRecord = async (record: RecordNode) => {
    await history.deleteRecord(record);
    url.closeRecord();
  };

  return {
    writes,
    history,
    drafting,
    setDrafting,
    blankRecord,
    createWith,
    editCells,
    saveRecord,
    deleteRecord,
  };
}
