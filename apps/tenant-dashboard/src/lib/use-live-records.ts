'use client';
import { useApolloClient, useSubscription } from '@apollo/client/react';
import { useCallback, type RefObject } from 'react';
import { recordIdsFormula } from './formula.ts';
import { RECORD_CHANGED, RECORDS, toRecordNode } from './graphql/records.ts';
import { removeRecord, upsertRecord, type RecordList } from './record-list.ts';
import type { Highlight } from './use-highlights.ts';
import type { RecordQuery } from './use-record-list.ts';

export interface LiveRecordsOptions {
  baseId: string;
  tableId: string;
  query: RecordQuery;
  /** The list as it is now. */
  list: RefObject<RecordList>;
  /** Grows when the list starts over: an answer for an older list is dropped. */
  generation: RefObject<number>;
  update(change: (list: RecordList) => RecordList): void;
  highlight(id: string, change: Omit<Highlight, 'seq'>): void;
}

/**
 * Keeps a loaded list current: changes made anywhere arrive over recordChanged, are placed
 * (or dropped when they no longer match the filter) and highlighted.
 */
export function useLiveRecords(options: LiveRecordsOptions) {
  const { baseId, tableId, query, list, generation, update, highlight } = options;
  const client = useApolloClient();

  /** Whether a record belongs in the current (filtered) list. */
  const belongs = useCallback(
    async (id: string): Promise<boolean> => {
      if (!query.filterByFormula && !query.view) return true;
      const { data } = await client.query({
        query: RECORDS,
        variables: {
          baseId,
          tableId,
          filterByFormula: query.filterByFormula
            ? `AND(${recordIdsFormula([id])}, ${query.filterByFormula})`
            : recordIdsFormula([id]),
          view: query.view,
          fields: [],
          first: 1,
        },
        fetchPolicy: 'no-cache',
      });
      return (data?.records.totalCount ?? 0) > 0;
    },
    [client, baseId, tableId, query],
  );

  useSubscription(RECORD_CHANGED, {
    variables: { baseId, tableId },
    onData: ({ data }) => {
      const change = data.data?.recordChanged;
      if (!change) return;
      const mine = generation.current;
      const narrowed = Boolean(query.filterByFormula || query.view || query.search.trim());
      if (change.kind === 'DELETED' || !change.record) {
        update((current) => removeRecord(current, change.recordId, !narrowed));
        return;
      }
      const record = toRecordNode(change.record);
      const loaded = list.current.records.some((r) => r.id === record.id);
      if (query.search.trim() && !loaded) return;
      // An update to a record further down arrives in place when the person scrolls there;
      // once everything is loaded, it can only be one that now matches the filter.
      if (change.kind === 'UPDATED' && !loaded && (list.current.hasNextPage || !narrowed)) return;
      void belongs(record.id)
        .catch(() => true)
        .then((inList) => {
          if (mine !== generation.current) return;
          if (!inList) {
            update((current) => removeRecord(current, record.id, false));
            return;
          }
          update((current) => upsertRecord(current, record));
          highlight(record.id, {
            kind: change.kind === 'CREATED' ? 'CREATED' : 'UPDATED',
            fields: new Set(change.changedFields),
          });
        });
    },
  });
}
