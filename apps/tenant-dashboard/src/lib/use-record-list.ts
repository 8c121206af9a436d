'use client';
import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  RECORDS,
  SEARCH_RECORDS,
  toRecordNode,
  type RecordNode,
  type SortSpec,
} from './graphql/records.ts';
import {
  appendPage,
  completeList,
  EMPTY_LIST,
  nextCursor,
  patchFields,
  removeRecord,
  upsertRecord,
  type RecordList,
} from './record-list.ts';
import { useHighlights } from './use-highlights.ts';
import { useLiveRecords } from './use-live-records.ts';

export type { Highlight } from './use-highlights.ts';

export interface RecordQuery {
  filterByFormula: string;
  sort: SortSpec[];
  view: string | null;
  search: string;
}

const PAGE = 100;
// When the person jumps far down, fetch bigger pages to catch up.
const CATCH_UP_PAGE = 1000;
const SEARCH_LIMIT = 200;

/**
 * Loads a table's records by cursor as the grid scrolls, and keeps them live: changes made
 * anywhere arrive over the recordChanged subscription and are highlighted for a moment.
 * A new `query` object starts the list over: keep it the same while it says the same
 * (useSavedQuery does).
 */
export function useRecordList(baseId: string, tableId: string, query: RecordQuery) {
  const client = useApolloClient();
  const [list, setList] = useState<RecordList>(EMPTY_LIST);
  const [status, setStatus] = useState<'loading' | 'ready' | 'error'>('loading');
  const [error, setError] = useState<unknown>(null);
  const { highlights, highlight } = useHighlights();
  const listRef = useRef(list);
  const generation = useRef(0);
  const fetching = useRef(false);
  const wanted = useRef(PAGE);

  const update = useCallback((change: (current: RecordList) => RecordList) => {
    listRef.current = change(listRef.current);
    setList(listRef.current);
  }, []);

  const pump = useCallback(async () => {
    const current = listRef.current;
    if (fetching.current || !current.hasNextPage || current.records.length >= wanted.current)
      return;
    if (query.search.trim()) return;
    fetching.current = true;
    const mine = generation.current;
    const missing = wanted.current - current.records.length;
    try {
      const { data } = await client.query({
        query: RECORDS,
        variables: {
          baseId,
          tableId,
          filterByFormula: query.filterByFormula || null,
          sort: query.sort.length ? query.sort : null,
          view: query.view,
          first: missing > PAGE * 2 ? CATCH_UP_PAGE : PAGE,
          after: nextCursor(current),
        },
        fetchPolicy: 'no-cache',
      });
      if (mine !== generation.current || !data) return;
      const { totalCount, pageInfo } = data.records;
      const edges = data.records.edges.map(({ cursor, node }) => ({
        cursor,
        node: toRecordNode(node),
      }));
      update((list) => appendPage(list, { edges, totalCount, hasNextPage: pageInfo.hasNextPage }));
      setStatus('ready');
    } catch (failure) {
      if (mine !== generation.current) return;
      setError(failure);
      setStatus('error');
      return;
    } finally {
      if (mine === generation.current) fetching.current = false;
    }
    void pump();
  }, [client, baseId, tableId, query, update]);

  // A new table, filter, sort, view or search starts over.
  useEffect(() => {
    generation.current += 1;
    fetching.current = false;
    wanted.current = PAGE;
    listRef.current = EMPTY_LIST;
    setList(EMPTY_LIST);
    setStatus('loading');
    setError(null);
    const search = query.search.trim();
    if (!search) {
      void pump();
      return;
    }
    const mine = generation.current;
    client
      .query({
        query: SEARCH_RECORDS,
        variables: { baseId, tableId, query: search, first: SEARCH_LIMIT },
        fetchPolicy: 'no-cache',
      })
      .then(({ data }) => {
        if (mine !== generation.current || !data) return;
        update(() => completeList(data.searchRecords.map(toRecordNode)));
        setStatus('ready');
      })
      .catch((failure: unknown) => {
        if (mine !== generation.current) return;
        setError(failure);
        setStatus('error');
      });
  }, [client, baseId, tableId, query, pump, update]);

  /** Makes sure records up to `index` are (being) loaded. */
  const ensureLoaded = useCallback(
    (index: number) => {
      if (index + 1 <= wanted.current) return;
      wanted.current = index + 1 + PAGE / 2;
      void pump();
    },
    [pump],
  );

  useLiveRecords({ baseId, tableId, query, list: listRef, generation, update, highlight });

  return {
    list,
    status,
    error,
    highlights,
    ensureLoaded,
    /** Shows an edit at once; returns a function that puts the record back. */
    applyOptimistic(id: string, fields: Record<string, unknown>): () => void {
      const before = listRef.current.records.find((r) => r.id === id);
      update((list) => patchFields(list, id, fields));
      return () => {
        if (before) update((list) => upsertRecord(list, before));
      };
    },
    replaceRecord(record: RecordNode) {
      update((list) => upsertRecord(list, record));
    },
    addRecord(record: RecordNode) {
      update((list) => upsertRecord(list, record));
      highlight(record.id, { kind: 'CREATED', fields: new Set() });
    },
    dropRecord(id: string) {
      update((list) => removeRecord(list, id, true));
    },
  };
}

/** A table's loaded records and what can be done with them. */
export type LiveRecordList = ReturnType<typeof useRecordList>;
