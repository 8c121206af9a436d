'use client';
import type { ApolloClient } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { recordIdsFormula } from './formula.ts';
import { RECORDS } from './graphql/records.ts';
import { jsonObject } from './graphql/scalars.ts';

// Linked records arrive as ids; their names (primary field values) are looked up in batches,
// once per record for the life of the page.
const BATCH = 100;
const names = new Map<string, string>();
const requested = new Set<string>();
const listeners = new Set<() => void>();
let version = 0;

function key(tableId: string, recordId: string) {
  return `${tableId}:${recordId}`;
}

function publish() {
  version += 1;
  for (const listener of listeners) listener();
}

/** Remembers a record's name (e.g. after it was edited or created here). */
export function rememberName(tableId: string, recordId: string, name: string) {
  names.set(key(tableId, recordId), name);
  publish();
}

async function load(
  client: ApolloClient,
  baseId: string,
  tableId: string,
  primaryField: string,
  ids: string[],
) {
  for (let i = 0; i < ids.length; i += BATCH) {
    const batch = ids.slice(i, i + BATCH);
    try {
      const { data } = await client.query({
        query: RECORDS,
        variables: {
          baseId,
          tableId,
          filterByFormula: recordIdsFormula(batch),
          fields: [primaryField],
          first: batch.length,
        },
        fetchPolicy: 'no-cache',
      });
      for (const edge of data?.records.edges ?? []) {
        const value = jsonObject(edge.node.fields)?.[primaryField];
        names.set(key(tableId, edge.node.id), value == null ? '' : String(value));
      }
      // Ids the mirror does not know (deleted since) keep showing as ids.
      for (const id of batch) if (!names.has(key(tableId, id))) names.set(key(tableId, id), '');
    } catch {
      for (const id of batch) requested.delete(key(tableId, id));
    }
    publish();
  }
}

export interface LinkTarget {
  tableId: string;
  primaryField: string;
  ids: string[];
}

/** Names of linked records, loading the ones not known yet. */
export function useLinkedNames(baseId: string, targets: LinkTarget[]) {
  const client = useApolloClient();
  const known = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => version,
    () => 0,
  );
  const signature = targets.map((t) => `${t.tableId}:${t.ids.join(',')}`).join('|');
  useEffect(() => {
    for (const target of targets) {
      const missing = target.ids.filter((id) => !requested.has(key(target.tableId, id)));
      if (missing.length === 0) continue;
      for (const id of missing) requested.add(key(target.tableId, id));
      void load(client, baseId, target.tableId, target.primaryField, missing);
    }
    // signature stands for targets.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, baseId, signature]);
  // A new function only when names arrive, so rows that show links re-render only then.
  return useCallback(
    (tableId: string, recordId: string): string | undefined =>
      names.get(key(tableId, recordId)) || undefined,
    // `known` changes whenever the names do.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [known],
  );
}
