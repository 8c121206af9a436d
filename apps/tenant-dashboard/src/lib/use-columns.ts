'use client';
import { useCallback, useMemo, useState } from 'react';
import { defaultWidth } from './field-types.ts';
import type { FieldMeta, TableMeta } from './graphql/airtable.ts';
import { readPreference, writePreference } from './preferences.ts';

export interface GridColumn {
  field: FieldMeta;
  width: number;
  primary: boolean;
}

/** A table's columns, primary field first, at the widths the person dragged them to. */
export function useColumns(table: TableMeta) {
  const key = `widths:${table.id}`;
  const [widths, setWidths] = useState<Record<string, number>>(() => readPreference(key, {}));
  const columns: GridColumn[] = useMemo(() => {
    const primary = table.fields.find((f) => f.id === table.primaryField.id);
    const ordered = primary
      ? [primary, ...table.fields.filter((f) => f !== primary)]
      : table.fields;
    return ordered.map((field) => ({
      field,
      primary: field === primary,
      width: widths[field.id] ?? defaultWidth(field, field === primary),
    }));
  }, [table, widths]);
  const resize = useCallback(
    (fieldId: string, width: number) => {
      setWidths((current) => {
        const next = { ...current, [fieldId]: Math.round(width) };
        writePreference(key, next);
        return next;
      });
    },
    [key],
  );
  return { columns, resize };
}
