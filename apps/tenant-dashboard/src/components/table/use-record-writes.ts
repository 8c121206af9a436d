'use client';
import { useMutation } from '@apollo/client/react';
import type { TableMeta } from '../../lib/graphql/airtable.ts';
import {
  CREATE_RECORDS,
  DELETE_RECORDS,
  toRecordNode,
  UPDATE_RECORDS,
  type RecordNode,
} from '../../lib/graphql/records.ts';
import type { LiveRecordList } from '../../lib/use-record-list.ts';
import { useToasts } from '../toasts.tsx';

function newIdempotencyKey(): string {
  return typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now()}-${Math.random()}`;
}

/** A write the mirror refused or Airtable failed, as an error the drawer can show. */
function writeFailure(result: { status: string; error: string | null }): Error | null {
  if (result.status !== 'FAILED') return null;
  return new Error(result.error ?? 'Airtable refused the change.');
}

const NO_ANSWER = 'No answer from the server.';

/**
 * Saving, deleting and creating a table's records: a save shows at once and is undone when
 * Airtable refuses it; a new record opens in the drawer.
 */
export function useRecordWrites(options: {
  baseId: string;
  table: TableMeta;
  records: LiveRecordList;
  onCreated(record: RecordNode): void;
  onDeleted(): void;
}) {
  const { baseId, table, records } = options;
  const toasts = useToasts();
  const [create, creating] = useMutation(CREATE_RECORDS);
  const [update] = useMutation(UPDATE_RECORDS);
  const [remove] = useMutation(DELETE_RECORDS);

  const saveRecord = async (record: RecordNode, fields: Record<string, unknown>) => {
    const undo = records.applyOptimistic(record.id, fields);
    try {
      const { data } = await update({
        variables: {
          baseId,
          tableId: table.id,
          records: [{ id: record.id, fields }],
          idempotencyKey: newIdempotencyKey(),
        },
      });
      const result = data?.updateRecords;
      const failure = result ? writeFailure(result) : new Error(NO_ANSWER);
      if (failure) throw failure;
      const updated = result?.records[0];
      if (updated) records.replaceRecord(toRecordNode(updated));
      toasts.show('Saved.', 'success');
    } catch (error) {
      undo();
      throw error;
    }
  };

  const deleteRecord = async (record: RecordNode) => {
    const { data } = await remove({ variables: { baseId, tableId: table.id, ids: [record.id] } });
    const failure = data ? writeFailure(data.deleteRecords) : new Error(NO_ANSWER);
    if (failure) throw failure;
    records.dropRecord(record.id);
    options.onDeleted();
    toasts.show('Record deleted.', 'success');
  };

  const createRecord = async () => {
    try {
      const { data } = await create({
        variables: { baseId, tableId: table.id, records: [{ fields: {} }] },
      });
      const result = data?.createRecords;
      const failure = result ? writeFailure(result) : new Error(NO_ANSWER);
      if (failure) throw failure;
      const created = result?.records[0] && toRecordNode(result.records[0]);
      if (created) {
        records.addRecord(created);
        options.onCreated(created);
      } else toasts.show('The record was accepted and will appear in a moment.');
    } catch (error) {
      toasts.error(error);
    }
  };

  return { saveRecord, deleteRecord, createRecord, creating: creating.loading };
}
