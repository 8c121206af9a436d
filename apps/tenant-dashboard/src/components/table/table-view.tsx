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
  type FieldMeta,
  type TableMeta,
} from '../../lib/graphql/airtable.ts';
import type { RecordNode } from '../../lib/graphql/records.ts';
import { changesFrom } from '../../lib/edit-history.ts';
import type { CellEdit } from '../../lib/grid-edits.ts';
import { roleAtLeast, WORKSPACE_BASES } from '../../lib/graphql/workspaces.ts';
import { useColumns } from '../../lib/use-columns.ts';
import { PHONE, useMediaQuery } from '../../lib/use-media-query.ts';
import { useRecordList } from '../../lib/use-record-list.ts';
import { useSavedQuery } from '../../lib/use-saved-query.ts';
import { useTableLinks } from '../../lib/use-table-links.ts';
import { Button, EmptyState, ErrorMessage, Loading } from '../ui.tsx';
import { Grid } from './grid.tsx';
import { RecordCards } from './record-cards.tsx';
import { RecordDrawer } from './record-drawer.tsx';
import { NEW_RECORD_ID } from './record-form.tsx';
import { RecordsEmpty } from './records-empty.tsx';
import { RecordsError } from './records-error.tsx';
import { countLabel, TableToolbar } from './table-toolbar.tsx';
import { useRecordUrl } from './use-record-url.ts';
import { useToasts } from '../toasts.tsx';
import { useEditHistory } from './use-edit-history.ts';
import { useRecordWrites } from './use-record-writes.ts';

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

  const toasts = useToasts();
  const writes = useRecordWrites({ baseId, table, records });
  const history = useEditHistory({ table, writes });
  const primaryField = table.fields.find((f) => f.id === table.primaryField.id);
  const [blankRecord] = useState<RecordNode>(() => ({
    id: NEW_RECORD_ID,
    createdTime: new Date().toISOString(),
    fields: {},
  }));

  // "New record" opens an empty record at once; Airtable gets it with its first value, so an
  // abandoned one leaves no blank record behind.
  const [drafting, setDrafting] = useState(false);
  const createWith = async (_draft: RecordNode, fields: Record<string, unknown>) => {
    const created = await writes.createRecord(fields);
    setDrafting(false);
    if (created) url.openRecord(created, primaryField);
    else toasts.show('The record was accepted and will appear in a moment.');
  };
  const editCells = (edits: CellEdit<FieldMeta>[]) => {
    history.edit(changesFrom(edits)).catch((error: unknown) => {
      const one = edits.length === 1;
      toasts.show(
        `Not saved: ${errorText(error)} ${one ? 'The cell is back to its value.' : `The ${edits.length} cells are back to their values.`}`,
        'error',
      );
    });
  };
  const saveRecord = async (record: RecordNode, fields: Record<string, unknown>) => {
    const edits = Object.entries(fields).map(([name, value]) => ({
      record,
      field: { name },
      value,
    }));
    await history.edit(changesFrom(edits));
  };
  const deleteRecord = async (record: RecordNode) => {
    await history.deleteRecord(record);
    url.closeRecord();
  };

  const filterError =
    records.status === 'error' && errorCode(records.error) === 'BAD_USER_INPUT'
      ? errorText(records.error)
      : undefined;
  const clearFilter = () => saved.setFilter(NO_FILTER);
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
        <div className="banner">
          Showing the records that best match “{search}”.
          <Button size="small" variant="ghost" onClick={url.clearSearch}>
            Clear search
          </Button>
        </div>
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
          onEditCells={editCells}
          onUndo={() => void history.undo()}
          onRedo={() => void history.redo()}
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
