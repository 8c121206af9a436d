'use client';
import { useCallback, useMemo } from 'react';
import { fieldKind } from './field-types.ts';
import type { FieldMeta, TableMeta } from './graphql/airtable.ts';
import type { RecordNode } from './graphql/records.ts';
import { useLinkedNames, type LinkTarget } from './use-linked-names.ts';

/** How a link field's cells show their records: by name, each opening its record. */
export interface LinkContext {
  /** The linked table's id, from the field's options. */
  tableId: string | undefined;
  /** A linked record's name, when known. */
  nameOf(recordId: string): string | undefined;
  /** Where a linked record opens. */
  hrefOf(recordId: string): string | undefined;
}

/** The records each link field of `records` points at, per linked table. */
export function linkTargets(
  linkFields: FieldMeta[],
  tables: TableMeta[],
  records: RecordNode[],
): LinkTarget[] {
  return linkFields.flatMap((field) => {
    const linked = tables.find((t) => t.id === field.options?.linkedTableId);
    if (!linked) return [];
    const ids = new Set<string>();
    for (const record of records) {
      const value = record.fields[field.name];
      if (Array.isArray(value)) for (const id of value) ids.add(String(id));
    }
    return ids.size
      ? [{ tableId: linked.id, primaryField: linked.primaryField.name, ids: [...ids].sort() }]
      : [];
  });
}

/**
 * Linked records' names for the rows on screen and the open record, loaded as they come into
 * view; `linksFor` gives a field's LinkContext (undefined for other fields).
 */
export function useTableLinks(options: {
  workspaceId: string;
  baseId: string;
  table: TableMeta;
  tables: TableMeta[];
  /** Records on screen, and the open one. */
  shown: RecordNode[];
}) {
  const { workspaceId, baseId, table, tables, shown } = options;
  const linkFields = useMemo(
    () => table.fields.filter((f) => fieldKind(f) === 'links'),
    [table.fields],
  );
  const targets = useMemo(
    () => linkTargets(linkFields, tables, shown),
    [linkFields, tables, shown],
  );
  const nameOf = useLinkedNames(baseId, targets);
  const linksFor = useCallback(
    (field: FieldMeta): LinkContext | undefined => {
      if (fieldKind(field) !== 'links') return undefined;
      const linkedTableId = field.options?.linkedTableId as string | undefined;
      return {
        tableId: linkedTableId,
        nameOf: (id) => (linkedTableId ? nameOf(linkedTableId, id) : undefined),
        hrefOf: (id) =>
          linkedTableId
            ? `/w/${workspaceId}/b/${baseId}/t/${linkedTableId}?record=${encodeURIComponent(id)}`
            : undefined,
      };
    },
    [nameOf, workspaceId, baseId],
  );
  return { hasLinks: linkFields.length > 0, linksFor };
}
