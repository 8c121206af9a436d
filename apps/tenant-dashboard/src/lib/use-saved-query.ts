'use client';
import { useCallback, useMemo, useState } from 'react';
import { appliedFormula, NO_FILTER, type FilterState } from './filter-state.ts';
import type { FieldMeta, TableMeta } from './graphql/airtable.ts';
import type { SortSpec } from './graphql/records.ts';
import { readPreference, writePreference } from './preferences.ts';
import type { RecordQuery } from './use-record-list.ts';

interface SavedQuery {
  view: string | null;
  filter: FilterState;
  sort: SortSpec[];
}

/** A column header's sort after a click on it: ascending, then descending, then none. */
export function toggledSort(sort: SortSpec[], field: { name: string }): SortSpec[] {
  const current = sort.find((s) => s.field === field.name);
  if (!current) return [{ field: field.name, direction: 'ASC' }];
  return current.direction === 'ASC' ? [{ field: field.name, direction: 'DESC' }] : [];
}

/**
 * A table's view, filter and sort, kept per table in this browser, and the query they make
 * with the search: the same object until one of them changes, so the records load once.
 */
export function useSavedQuery(table: TableMeta, search: string) {
  const key = `table:${table.id}`;
  const [saved, setSaved] = useState<SavedQuery>(() =>
    readPreference<SavedQuery>(key, { view: null, filter: NO_FILTER, sort: [] }),
  );
  const save = useCallback(
    (change: Partial<SavedQuery>) => {
      const next = { ...saved, ...change };
      setSaved(next);
      writePreference(key, next);
    },
    [key, saved],
  );

  const view = saved.view && table.views.some((v) => v.name === saved.view) ? saved.view : null;
  // By name: a schema change that keeps the sorted fields keeps the sort, and the loaded records.
  const fieldNames = table.fields.map((f) => f.name).join('\n');
  const sort = useMemo(() => {
    const names = new Set(fieldNames.split('\n'));
    return saved.sort.filter((s) => names.has(s.field));
  }, [saved.sort, fieldNames]);
  const filterByFormula = appliedFormula(saved.filter, table.fields);
  const query: RecordQuery = useMemo(
    () => ({ filterByFormula, sort, view, search }),
    [filterByFormula, sort, view, search],
  );

  return {
    filter: saved.filter,
    view,
    sort,
    query,
    setView: (next: string | null) => save({ view: next }),
    setFilter: (filter: FilterState) => save({ filter }),
    setSort: (next: SortSpec[]) => save({ sort: next }),
    toggleSort: useCallback(
      (field: FieldMeta) => save({ sort: toggledSort(sort, field) }),
      [save, sort],
    ),
  };
}
