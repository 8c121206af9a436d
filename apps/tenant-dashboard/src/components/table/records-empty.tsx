'use client';
import { Button, EmptyState, Loading } from '../ui.tsx';

/**
 * What the grid shows when it has no rows: loading, no search result, nothing through the
 * filter, an empty view, or an empty table; each with the way back to records.
 */
export function RecordsEmpty({
  loading,
  search,
  tableName,
  viewName,
  filtered,
  canEdit,
  onClearFilter,
  onClearSearch,
}: {
  loading: boolean;
  search: string;
  tableName: string;
  /** The Airtable view the records come through, if any. */
  viewName: string | null;
  /** The filter has conditions (or a formula) to clear. */
  filtered: boolean;
  canEdit: boolean;
  onClearFilter(): void;
  onClearSearch(): void;
}) {
  if (loading) return <Loading label="Loading records…" />;
  if (search)
    return (
      <EmptyState
        icon="search"
        title={`No results for “${search}”`}
        action={
          <Button size="small" onClick={onClearSearch}>
            Clear search
          </Button>
        }
      >
        Nothing in {tableName} matches it. Try fewer or different words.
      </EmptyState>
    );
  if (filtered)
    return (
      <EmptyState
        icon="filter"
        title="No records match the filter"
        action={
          <Button size="small" onClick={onClearFilter}>
            Clear filter
          </Button>
        }
      >
        {viewName
          ? `None of the records in the view “${viewName}” pass it.`
          : 'Change or clear the filter to see records again.'}
      </EmptyState>
    );
  if (viewName)
    return (
      <EmptyState icon="table" title={`The view “${viewName}” is empty`}>
        Its own filter in Airtable leaves no records. Choose “All records” to see the whole table.
      </EmptyState>
    );
  return (
    <EmptyState icon="table" title={`${tableName} has no records yet`}>
      {canEdit
        ? 'Add the first one with “New record”.'
        : 'Records added in Airtable appear here live.'}
    </EmptyState>
  );
}
