'use client';
import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { SEARCH_RECORDS, toRecordNode, type RecordNode } from './graphql/records.ts';

const TYPING_PAUSE_MS = 200;

/**
 * The records of a table that best match what is being typed, looked up once typing pauses;
 * null while there is nothing to look for.
 */
export function useRecordSearch(baseId: string, tableId: string, text: string, first: number) {
  const client = useApolloClient();
  const [results, setResults] = useState<RecordNode[] | null>(null);
  const query = text.trim();
  useEffect(() => {
    if (!query) {
      setResults(null);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      client
        .query({
          query: SEARCH_RECORDS,
          variables: { baseId, tableId, query, first },
          fetchPolicy: 'no-cache',
        })
        .then(({ data }) => live && setResults((data?.searchRecords ?? []).map(toRecordNode)))
        .catch(() => live && setResults([]));
    }, TYPING_PAUSE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query, client, baseId, tableId, first]);
  return results;
}
