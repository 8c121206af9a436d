'use client';
// One table: toolbar (view, filter, sort, count, new record), the live grid, the record drawer.
import { useQuery, useSubscription } from '@apollo/client/react';
import { useRouter } from 'next/navigation';
import { useCallback, useMemo, useState } from 'react';
import { errorCode, errorText } from '../../lib/errors.ts';
import { activeFilterCount, NO_FILTER } from '../../lib/filter-state.ts';
import {
  BASE_SCHEMA,
  TABLE_SCHEMA_CHANGED,
  toTableMeta,
  type TableMeta,
} from '../../lib/graphql/airtable.ts';
import type { RecordNode } from '../../lib/graphql/records.ts';
import type { Cell } from '../../lib/grid-navigation.ts';
import { findMatches, searchTerms } from '../../lib/search-matches.ts';
import { roleAtLeast, WORKSPACE_BASES } from '../../lib/graphql/workspaces.ts';
import { useColumns } from '../../lib/use-columns.ts';
import { PHONE, useMediaQuery } from '../../lib/use-media-query.ts';
import { useRecordList } from '../../lib/use-record-list.ts';
import { useSavedQuery } from '../../lib/use-saved-query.ts';
import { useTableLinks } from '../../lib/use-table-links.ts';
import { EmptyState, ErrorMessage, Loading } from '../ui.tsx';
import { Grid } from './grid.tsx';
import { RecordCards } from './record-cards.tsx';
import { SearchBanner } from './search-banner.tsx';
import { RecordDrawer } from './record-drawer.tsx';
import { NEW_RECORD_ID } from './record-form.tsx';
import { RecordsEmpty } from './records-empty.tsx';
import { RecordsError } from './records-error.tsx';
import { countLabel, TableToolbar } from './table-toolbar.tsx';
import { useRecordUrl } from './use-record-url.ts';
import { useTableEdits } from './use-table-edits.ts';

export function TableView({
  workspaceId,
  baseId,
  tableId,
}: {
  workspaceId: string;
  baseId: string;
  tableId: string;
}) {
  const schema = useQuery(BASE_SCHEMA, { variables: { id: baseId } });
  const workspace = useQuery(WORKSPACE_BASES, { variables: { id: workspaceId } });
  useSubscription(TABLE_SCHEMA_CHANGED, {
    variables: { baseId },
    onData: () => void schema.refetch(),
  });
  const loadedTables = schema.data?.base?.tables;
  const tables = useMemo(() => loadedTables?.map(toTableMeta), [loadedTables]);
  const table = tables?.find((t) => t.id === tableId);

  if (schema.loading && !schema.data) return <Loading label="Loading the table…" />;
  if (schema.error && !schema.data)
    return (
      <div className="page">
        <ErrorMessage error={schema.error} onRetry={() => void schema.refetch()} />
      </div>
    );
  if (!table || !tables)
    return (
      <EmptyState icon="table" title="This table is not available">
        It may have been removed from the base, or the base is no longer synced.
      </EmptyState>
    );
  return (
    <LoadedTable
      key={table.id}
      workspaceId={workspaceId}
      baseId={baseId}
      table={table}
      tables={tables}
      canEdit={roleAtLeast(workspace.data?.workspace?.role, 'EDITOR')}
    />
  );
}

/** Records that look the same (the same objects) keep the list as it was. */
function sameRecords(a: RecordNode[], b: RecordNode[]): boolean {
  return a.length === b.length && a.every((record, i) => record === b[i]);
}

function LoadedTable({
  workspaceId,
  baseId,
  table,
  tables,
  canEdit,
}: {
  workspaceId: string;
  baseId: string;
  table: TableMeta;
  tables: TableMeta[];
  canEdit: boolean;
}) {
  const router = useRouter();
  const url = useRecordUrl();
  const { search, openRecordId } = url;
  const saved = useSavedQuery(table, search);
  const records = useRecordList(baseId, table.id, saved.query);
  const { list } = records;
  const { columns, resize } = useColumns(table);
  const phone = useMediaQuery(PHONE);

  // Linked records' names, for the rows on screen and the open record.
  const [visible, setVisible] = useState<RecordNode[]>([]);
  const showRecords = useCallback(
    (next: RecordNode[]) => setVisible((current) => (sameRecords(current, next) ? current : next)),
    [],
  );
  const openRecord = openRecordId ? list.records.find((r) => r.id === openRecordId) : undefined;
  const shown = useMemo(
    () => (openRecord ? [...visible, openRecord] : visible),
    [visible, openRecord],
  );
  const { hasLinks, linksFor } = useTableLinks({ workspaceId, baseId, table, tables, shown });

  const edits = useTableEdits({ baseId, table, records, url });
  const { writes, history, drafting, setDrafting, blankRecord } = edits;
  const { createWith, editCells, saveRecord, deleteRecord } = edits;

  const filterError =
    records.status === 'error' && errorCode(records.error) === 'BAD_USER_INPUT'
      ? errorText(records.error)
      : undefined;
  const clearFilter = () => saved.setFilter(NO_FILTER);

  // Search marks the words in cells, and "next match" jumps between the cells holding them.
  const terms = useMemo(() => searchTerms(search), [search]);
  const matches = useMemo(
    () =>
      findMatches(
        list.records,
        columns.map((c) => c.field),
        terms,
      ),
    [list.records, columns, terms],
  );
  const [jump, setJump] = useState<{ search: string; index: number; cell: Cell } | null>(null);
  const match = jump?.search === search ? jump : null;
  const stepMatch = (delta: 1 | -1) => {
    if (matches.length === 0) return;
    const index = match
      ? (match.index + delta + matches.length) % matches.length
      : delta > 0
        ? 0
        : matches.length - 1;
    setJump({ search, index, cell: { ...matches[index]! } });
  };
  const emptyState = (
    <RecordsEmpty
      loading={records.status === 'loading'}
      search={search}
      tableName={table.name}
      viewName={saved.view}
      filtered={activeFilterCount(saved.filter) > 0}
      canEdit={canEdit}
      onClearFilter={clearFilter}
      onClearSearch={url.clearSearch}
    />
  );

  return (
    <div className="table-view">
      <title>{table.name}</title>
      <TableToolbar
        table={table}
        view={saved.view}
        filter={saved.filter}
        filterError={filterError}
        sort={saved.sort}
        count={countLabel(records.status, list.totalCount, search)}
        canEdit={canEdit}
        creating={writes.creating}
        onView={saved.setView}
        onFilter={saved.setFilter}
        onSort={saved.setSort}
        onCreate={() => {
          url.closeRecord();
          setDrafting(true);
        }}
      />
      {search ? (
        <SearchBanner
          search={search}
          matches={matches.length}
          current={match?.index ?? null}
          onStep={stepMatch}
          onClear={url.clearSearch}
        />
      ) : null}
      {records.status === 'error' ? (
        <RecordsError
          error={records.error}
          filterRefused={Boolean(filterError)}
          onRetry={() => (filterError ? clearFilter() : router.refresh())}
        />
      ) : phone ? (
        <RecordCards
          label={`${table.name} records`}
          columns={columns}
          list={list}
          ensureLoaded={records.ensureLoaded}
          linksFor={linksFor}
          onOpenRecord={url.openRecord}
          onVisibleChange={hasLinks ? showRecords : undefined}
          empty={emptyState}
        />
      ) : (
        <Grid
          label={`${table.name} records`}
          columns={columns}
          list={list}
          highlights={records.highlights}
          sort={saved.sort}
          ensureLoaded={records.ensureLoaded}
          linksFor={linksFor}
          onOpenRecord={url.openRecord}
          onToggleSort={saved.toggleSort}
          onResize={resize}
          onVisibleChange={hasLinks ? showRecords : undefined}
          empty={emptyState}
          canEdit={canEdit}
          pending={writes.pending}
          paced={writes.paced}
          onEditCells={editCells}
          onUndo={() => void history.undo()}
          onRedo={() => void history.redo()}
          terms={terms}
          jumpTo={match?.cell ?? null}
        />
      )}
      {drafting ? (
        <RecordDrawer
          key={NEW_RECORD_ID}
          baseId={baseId}
          table={table}
          tables={tables}
          recordId={NEW_RECORD_ID}
          loaded={blankRecord}
          canEdit={canEdit}
          linksFor={linksFor}
          onClose={() => setDrafting(false)}
          onSave={createWith}
          onDelete={async () => setDrafting(false)}
        />
      ) : openRecordId ? (
        <RecordDrawer
          key={openRecordId}
          baseId={baseId}
          table={table}
          tables={tables}
          recordId={openRecordId}
          loaded={openRecord}
          canEdit={canEdit}
          focusField={url.focusField}
          linksFor={linksFor}
          onClose={url.closeRecord}
          onSave={saveRecord}
          onDelete={deleteRecord}
        />
      ) : null}
    </div>
  );
}
