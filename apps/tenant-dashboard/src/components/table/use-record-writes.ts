'use client';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback, useRef, useState } from 'react';
import type { TableMeta } from '../../lib/graphql/airtable.ts';
import {
  CREATE_RECORDS,
  DELETE_RECORDS,
  toRecordNode,
  UPDATE_RECORDS,
  WRITE_BATCH,
  type RecordNode,
} from '../../lib/graphql/records.ts';
import type { LiveRecordList } from '../../lib/use-record-list.ts';
import { useConnectionStatus } from '../providers.tsx';

function newIdempotencyKey(): string {
  return typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now()}-${Math.random()}`;
}

/** A write the mirror refused or Airtable failed, as an error with Airtable's reason. */
function writeFailure(result: { status: string; error: string | null }): Error | null {
  if (result.status !== 'FAILED') return null;
  return new Error(result.error ?? 'Airtable refused the change.');
}

const NO_ANSWER = 'No answer from the server.';
// How often, and how long, to follow a write Airtable's pace held back.
const PACED_POLL_MS = 1000;
const PACED_POLLS = 120;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface FieldsWrite {
  recordId: string;
  fields: Record<string, unknown>;
}

/** Field names being written, per record: the cells show they are on their way. */
export type PendingCells = ReadonlyMap<string, ReadonlySet<string>>;

/**
 * Writing a table's records. Edits show at once and are put back when Airtable refuses them
 * (the promise rejects with the reason); a deleted record leaves at once and returns if the
 * deletion is refused. Offline, writes wait for the connection. Every call rejects on failure,
 * for the caller to say so.
 */
export function useRecordWrites({
  baseId,
  table,
  records,
}: {
  baseId: string;
  table: TableMeta;
  records: LiveRecordList;
}) {
  const [create, creating] = useMutation(CREATE_RECORDS);
  const [update] = useMutation(UPDATE_RECORDS);
  const [remove] = useMutation(DELETE_RECORDS);
  const connection = useConnectionStatus();
  const client = useApolloClient();
  const [pending, setPending] = useState<PendingCells>(new Map());
  // Records whose write waits on Airtable's rate limit: their pending cells say so.
  const [paced, setPaced] = useState<ReadonlySet<string>>(new Set());
  const counts = useRef(new Map<string, number>());

  const mark = useCallback((writes: FieldsWrite[], delta: 1 | -1) => {
    for (const { recordId, fields } of writes)
      for (const name of Object.keys(fields)) {
        const key = `${recordId}\u0000${name}`;
        const next = (counts.current.get(key) ?? 0) + delta;
        if (next > 0) counts.current.set(key, next);
        else counts.current.delete(key);
      }
    const byRecord = new Map<string, Set<string>>();
    for (const key of counts.current.keys()) {
      const [recordId, name] = key.split('\u0000') as [string, string];
      byRecord.set(recordId, (byRecord.get(recordId) ?? new Set()).add(name));
    }
    setPending(byRecord);
  }, []);

  type WriteResult = NonNullable<
    NonNullable<Awaited<ReturnType<typeof update>>['data']>['updateRecords']
  >;
  /** Follows a PENDING write until Airtable applies or refuses it (or we stop waiting). */
  const followPaced = async (result: WriteResult, ids: string[]): Promise<WriteResult> => {
    setPaced((current) => new Set([...current, ...ids]));
    try {
      for (let poll = 0; poll < PACED_POLLS; poll++) {
        await sleep(PACED_POLL_MS);
        const { data } = await client.query({
          query: WRITE_BATCH,
          variables: { id: result.batchId },
          fetchPolicy: 'no-cache',
        });
        const batch = data?.writeBatch;
        if (batch && batch.status !== 'PENDING') return batch;
      }
      // Still queued: the edit stays on screen; live updates show it once Airtable has it.
      return result;
    } finally {
      setPaced((current) => new Set([...current].filter((id) => !ids.includes(id))));
    }
  };

  const updateFields = async (writes: FieldsWrite[]) => {
    if (writes.length === 0) return;
    const undos = writes.map((w) => records.applyOptimistic(w.recordId, w.fields));
    mark(writes, 1);
    try {
      // Offline, the edit stays on screen as pending and goes out once the page is back.
      await connection.whenOnline();
      const { data } = await update({
        variables: {
          baseId,
          tableId: table.id,
          records: writes.map((w) => ({ id: w.recordId, fields: w.fields })),
          idempotencyKey: newIdempotencyKey(),
        },
      });
      let result = data?.updateRecords;
      if (result?.status === 'PENDING')
        result = await followPaced(
          result,
          writes.map((w) => w.recordId),
        );
      const failure = result ? writeFailure(result) : new Error(NO_ANSWER);
      if (failure) throw failure;
      // The mirror's records carry the computed fields (formulas, lookups) as they are now.
      for (const updated of result?.records ?? []) records.replaceRecord(toRecordNode(updated));
    } catch (error) {
      for (const undo of undos.reverse()) undo();
      throw error;
    } finally {
      mark(writes, -1);
    }
  };

  const deleteRecord = async (record: RecordNode) => {
    records.dropRecord(record.id);
    try {
      await connection.whenOnline();
      const { data } = await remove({
        variables: { baseId, tableId: table.id, ids: [record.id] },
      });
      const failure = data ? writeFailure(data.deleteRecords) : new Error(NO_ANSWER);
      if (failure) throw failure;
    } catch (error) {
      records.replaceRecord(record);
      throw error;
    }
  };

  /** Creates a record; resolves with it (or null when Airtable accepted it for later). */
  const createRecord = async (fields: Record<string, unknown>): Promise<RecordNode | null> => {
    await connection.whenOnline();
    const { data } = await create({
      variables: { baseId, tableId: table.id, records: [{ fields }] },
    });
    const result = data?.createRecords;
    const failure = result ? writeFailure(result) : new Error(NO_ANSWER);
    if (failure) throw failure;
    const created = result?.records[0] && toRecordNode(result.records[0]);
    if (!created) return null;
    records.addRecord(created);
    return created;
  };

  return {
    updateFields,
    deleteRecord,
    createRecord,
    pending,
    paced,
    creating: creating.loading,
  };
}

export type RecordWrites = ReturnType<typeof useRecordWrites>;
