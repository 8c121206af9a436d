'use client';
import { EmptyState, Loading } from '../ui.tsx';

/** What the grid shows when it has no rows: loading, nothing matching, or an empty table. */
export function RecordsEmpty({
  loading,
  narrowed,
  search,
  tableName,
  filtered,
  canEdit,
  onClearFilter,
}: {
  loading: boolean;
  /** A filter, view or search limits the records. */
  narrowed: boolean;
  search: string;
  tableName: string;
  /** The filter has conditions (or a formula) to clear. */
  filtered: boolean;
  canEdit: boolean;
  onClearFilter(): void;
}) {
  if (loading) return <Loading label="Loading records…" />;
  if (narrowed)
    return (
      <EmptyState icon="filter" title="No records match">
        {search
          ? `Nothing in ${tableName} matches “${search}”.`
          : 'Change or clear the filter to see more.'}
        {filtered ? (
          <>
            {' '}
            <button type="button" className="btn btn-small" onClick={onClearFilter}>
              Clear filter
            </button>
          </>
        ) : null}
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
