'use client';
import type { ApolloClient } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { recordIdsFormula } from './formula.ts';
import { RECORDS } from './graphql/records.ts';
import { jsonObject } from './graphql/scalars.ts';

// Linked records arrive as ids; their names (primary field values) are looked up in batches,
// once per record for the life of the page. Each change makes a new map, so a component
// holding the last one knows when to draw again.
const BATCH = 100;
let names: ReadonlyMap<string, string> = new Map();
const requested = new Set<string>();
const listeners = new Set<() => void>();

function key(tableId: string, recordId: string) {
  return `${tableId}:${recordId}`;
}

function publish(learned: [string, string][]) {
  if (learned.length === 0) return;
  const next = new Map(names);
  for (const [name, value] of learned) next.set(name, value);
  names = next;
  for (const listener of listeners) listener();
}

/** Remembers a record's name (e.g. after it was edited or created here). */
export function rememberName(tableId: string, recordId: string, name: string) {
  publish([[key(tableId, recordId), name]]);
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
      const found = new Map<string, string>();
      for (const edge of data?.records.edges ?? []) {
        const value = jsonObject(edge.node.fields)?.[primaryField];
        found.set(key(tableId, edge.node.id), value == null ? '' : String(value));
      }
      // Ids the mirror does not know (deleted since) keep showing as ids, or as remembered.
      publish(
        batch.map((id) => {
          const name = key(tableId, id);
          return [name, found.get(name) ?? names.get(name) ?? ''];
        }),
      );
    } catch {
      for (const id of batch) requested.delete(key(tableId, id));
    }
  }
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
const current = () => names;

export interface LinkTarget {
  tableId: string;
  primaryField: string;
  ids: string[];
}

/** Names of linked records, loading the ones not known yet. */
export function useLinkedNames(baseId: string, targets: LinkTarget[]) {
  const client = useApolloClient();
  const known = useSyncExternalStore(subscribe, current, current);
  useEffect(() => {
    for (const target of targets) {
      const missing = target.ids.filter((id) => !requested.has(key(target.tableId, id)));
      if (missing.length === 0) continue;
      for (const id of missing) requested.add(key(target.tableId, id));
      void load(client, baseId, target.tableId, target.primaryField, missing);
    }
  }, [client, baseId, targets]);
  // A new function only when names arrive, so rows that show links re-render only then.
  return useCallback(
    (tableId: string, recordId: string): string | undefined =>
      known.get(key(tableId, recordId)) || undefined,
    [known],
  );
}
