'use client';
import type { FilterState } from '../../lib/filter-state.ts';
import type { TableMeta } from '../../lib/graphql/airtable.ts';
import type { SortSpec } from '../../lib/graphql/records.ts';
import { Button } from '../ui.tsx';
import { FilterBuilder } from './filter-builder.tsx';
import { SortBuilder } from './sort-builder.tsx';

/** How many records the grid shows, in words ("Loading…", "1 record", "200 matches (best 200)"). */
export function countLabel(status: 'loading' | 'ready' | 'error', total: number, search: string) {
  if (status === 'loading') return 'Loading…';
  if (search)
    return `${total.toLocaleString()} ${total === 1 ? 'match' : 'matches'}${total >= 200 ? ' (best 200)' : ''}`;
  return `${total.toLocaleString()} ${total === 1 ? 'record' : 'records'}`;
}

/** View, filter, sort, the record count, and "New record" for editors. */
export function TableToolbar({
  table,
  view,
  filter,
  filterError,
  sort,
  count,
  canEdit,
  creating,
  onView,
  onFilter,
  onSort,
  onCreate,
}: {
  table: TableMeta;
  view: string | null;
  filter: FilterState;
  filterError: string | undefined;
  sort: SortSpec[];
  count: string;
  canEdit: boolean;
  creating: boolean;
  onView(view: string | null): void;
  onFilter(filter: FilterState): void;
  onSort(sort: SortSpec[]): void;
  onCreate(): void;
}) {
  return (
    <div className="toolbar" role="toolbar" aria-label={`${table.name} tools`}>
      <label className="visually-hidden" htmlFor="view-select">
        View
      </label>
      <select id="view-select" value={view ?? ''} onChange={(e) => onView(e.target.value || null)}>
        <option value="">All records</option>
        {table.views.map((v) => (
          <option key={v.id} value={v.name}>
            {v.name}
          </option>
        ))}
      </select>
      <FilterBuilder fields={table.fields} value={filter} error={filterError} onApply={onFilter} />
      <SortBuilder fields={table.fields} value={sort} onApply={onSort} />
      <span className="record-count" aria-live="polite">
        {count}
      </span>
      <span className="spacer" />
      {canEdit ? (
        <Button variant="primary" size="small" icon="plus" busy={creating} onClick={onCreate}>
          New record
        </Button>
      ) : null}
    </div>
  );
}
