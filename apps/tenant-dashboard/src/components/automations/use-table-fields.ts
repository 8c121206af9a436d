'use client';
import { useQuery } from '@apollo/client/react';
import { BASE_SCHEMA, toTableMeta, type TableMeta } from '../../lib/graphql/airtable.ts';

/** A base's tables with their fields (the airtable subgraph's schema query), [] until known. */
export function useBaseTables(baseId: string | undefined): TableMeta[] {
  const { data } = useQuery(BASE_SCHEMA, { variables: { id: baseId ?? '' }, skip: !baseId });
  return data?.base?.tables.map(toTableMeta) ?? [];
}

/** The table a step or trigger names, or undefined until it is chosen and loaded. */
export function useTable(baseId: string | undefined, tableId: string | undefined) {
  return useBaseTables(baseId).find((t) => t.id === tableId);
}
