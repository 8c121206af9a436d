'use client';
// One table: toolbar (view, filter, sort, count, new record), the live grid, the record drawer.
import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useMemo, useRef, useState } from 'react';
import { errorCode, errorText } from '../../lib/errors.ts';
import { defaultWidth, fieldKind } from '../../lib/field-types.ts';
import {
  BASE_SCHEMA,
  TABLE_SCHEMA_CHANGED,
  toTableMeta,
  type FieldMeta,
  type TableMeta,
} from '../../lib/graphql/airtable.ts';
import {
  CREATE_RECORDS,
  DELETE_RECORDS,
  UPDATE_RECORDS,
  toRecordNode,
  type RecordNode,
  type SortSpec,
} from '../../lib/graphql/records.ts';
import { roleAtLeast, WORKSPACE_BASES } from '../../lib/graphql/workspaces.ts';
import { readPreference, writePreference } from '../../lib/preferences.ts';
import { useLinkedNames, type LinkTarget } from '../../lib/use-linked-names.ts';
import { useRecordList } from '../../lib/use-record-list.ts';
import { useToasts } from '../toasts.tsx';
import { Button, EmptyState, ErrorMessage, Loading } from '../ui.tsx';
import type { LinkContext } from './cell-value.tsx';
import {
  activeFilterCount,
  appliedFormula,
  FilterBuilder,
  NO_FILTER,
  SortBuilder,
  type FilterState,
} from './filter-builder.tsx';
import { Grid, type GridColumn } from './grid.tsx';
import { RecordDrawer } from './record-drawer.tsx';

interface SavedQuery {
  view: string | null;
  filter: FilterState;
  sort: SortSpec[];
}

function newIdempotencyKey(): string {
  return typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now()}-${Math.random()}`;
}

/** A write the mirror refused or Airtable failed, as an error the drawer can show. */
function writeFailure(result: { status: string; error: string | null }): Error | null {
  if (result.status !== 'FAILED') return null;
  return new Error(result.error ?? 'Airtable refused the change.');
}

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
  const params = useSearchParams();
  const toasts = useToasts();
  const search = params.get('q') ?? '';
  const openRecordId = params.get('record');
  const focusField = params.get('field') ?? undefined;

  const [saved, setSaved] = useState<SavedQuery>(() =>
    readPreference<SavedQuery>(`table:${table.id}`, { view: null, filter: NO_FILTER, sort: [] }),
  );
  const save = (next: SavedQuery) => {
    setSaved(next);
    writePreference(`table:${table.id}`, next);
  };
  const [widths, setWidths] = useState<Record<string, number>>(() =>
    readPreference(`widths:${table.id}`, {}),
  );
  const filterByFormula = appliedFormula(saved.filter, table.fields);
  const view = saved.view && table.views.some((v) => v.name === saved.view) ? saved.view : null;
  const sort = saved.sort.filter((s) => table.fields.some((f) => f.name === s.field));
  const query = useMemo(
    () => ({ filterByFormula, sort, view, search }),
    // sort is rebuilt each render; its JSON stands for it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [filterByFormula, JSON.stringify(sort), view, search],
  );
  const records = useRecordList(baseId, table.id, query);
  const { list } = records;

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

  // Linked records' names, for the rows on screen and the open record.
  const [visible, setVisible] = useState<RecordNode[]>([]);
  const openRecord = openRecordId ? list.records.find((r) => r.id === openRecordId) : undefined;
  const linkFields = useMemo(
    () => table.fields.filter((f) => fieldKind(f) === 'links'),
    [table.fields],
  );
  const targets: LinkTarget[] = useMemo(() => {
    const shown = openRecord ? [...visible, openRecord] : visible;
    return linkFields.flatMap((field) => {
      const linked = tables.find((t) => t.id === field.options?.linkedTableId);
      if (!linked) return [];
      const ids = new Set<string>();
      for (const record of shown) {
        const value = record.fields[field.name];
        if (Array.isArray(value)) for (const id of value) ids.add(String(id));
      }
      return ids.size
        ? [{ tableId: linked.id, primaryField: linked.primaryField.name, ids: [...ids].sort() }]
        : [];
    });
  }, [visible, openRecord, linkFields, tables]);
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

  // Search parameters (the open record) change through the History API: Next.js's router
  // follows it without asking the server for the page again.
  const setUrl = useCallback((change: (params: URLSearchParams) => void) => {
    const next = new URLSearchParams(window.location.search);
    change(next);
    window.history.replaceState(
      null,
      '',
      `${window.location.pathname}${next.size ? `?${next}` : ''}`,
    );
  }, []);
  const gridFocus = useRef<HTMLElement | null>(null);
  const openDrawer = useCallback(
    (record: RecordNode, field: FieldMeta | undefined) => {
      gridFocus.current = document.activeElement as HTMLElement | null;
      setUrl((p) => {
        p.set('record', record.id);
        if (field) p.set('field', field.name);
        else p.delete('field');
      });
    },
    [setUrl],
  );
  const closeDrawer = useCallback(() => {
    setUrl((p) => {
      p.delete('record');
      p.delete('field');
    });
    // Back to where the person was in the grid.
    requestAnimationFrame(() =>
      (
        gridFocus.current ?? document.querySelector<HTMLElement>('[data-testid="records-grid"]')
      )?.focus(),
    );
  }, [setUrl]);

  const [create, creating] = useMutation(CREATE_RECORDS);
  const [update] = useMutation(UPDATE_RECORDS);
  const [remove] = useMutation(DELETE_RECORDS);

  const saveRecord = async (record: RecordNode, fields: Record<string, unknown>) => {
    const undo = records.applyOptimistic(record.id, fields);
    try {
      const { data } = await update({
        variables: {
          baseId,
          tableId: table.id,
          records: [{ id: record.id, fields }],
          idempotencyKey: newIdempotencyKey(),
        },
      });
      const result = data?.updateRecords;
      const failure = result ? writeFailure(result) : new Error('No answer from the server.');
      if (failure) throw failure;
      const updated = result?.records[0];
      if (updated) records.replaceRecord(toRecordNode(updated));
      toasts.show('Saved.', 'success');
    } catch (error) {
      undo();
      throw error;
    }
  };

  const deleteRecord = async (record: RecordNode) => {
    const { data } = await remove({ variables: { baseId, tableId: table.id, ids: [record.id] } });
    const failure = data
      ? writeFailure(data.deleteRecords)
      : new Error('No answer from the server.');
    if (failure) throw failure;
    records.dropRecord(record.id);
    closeDrawer();
    toasts.show('Record deleted.', 'success');
  };

  const createRecord = async () => {
    try {
      const { data } = await create({
        variables: { baseId, tableId: table.id, records: [{ fields: {} }] },
      });
      const result = data?.createRecords;
      const failure = result ? writeFailure(result) : new Error('No answer from the server.');
      if (failure) throw failure;
      const created = result?.records[0] && toRecordNode(result.records[0]);
      if (created) {
        records.addRecord(created);
        openDrawer(
          created,
          table.fields.find((f) => f.id === table.primaryField.id),
        );
      } else toasts.show('The record was accepted and will appear in a moment.');
    } catch (error) {
      toasts.error(error);
    }
  };

  const toggleSort = useCallback(
    (field: FieldMeta) => {
      const current = sort.find((s) => s.field === field.name);
      const next: SortSpec[] = !current
        ? [{ field: field.name, direction: 'ASC' }]
        : current.direction === 'ASC'
          ? [{ field: field.name, direction: 'DESC' }]
          : [];
      save({ ...saved, sort: next });
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [saved, sort],
  );
  const resize = useCallback(
    (fieldId: string, width: number) => {
      setWidths((current) => {
        const next = { ...current, [fieldId]: Math.round(width) };
        writePreference(`widths:${table.id}`, next);
        return next;
      });
    },
    [table.id],
  );

  const filterError =
    records.status === 'error' && errorCode(records.error) === 'BAD_USER_INPUT'
      ? errorText(records.error)
      : undefined;
  const narrowed = Boolean(filterByFormula || search || view);
  const countLabel =
    records.status === 'loading'
      ? 'Loading…'
      : search
        ? `${list.totalCount.toLocaleString()} ${list.totalCount === 1 ? 'match' : 'matches'}${list.totalCount >= 200 ? ' (best 200)' : ''}`
        : `${list.totalCount.toLocaleString()} ${list.totalCount === 1 ? 'record' : 'records'}`;

  return (
    <div className="table-view">
      <title>{table.name}</title>
      <div className="toolbar" role="toolbar" aria-label={`${table.name} tools`}>
        <label className="visually-hidden" htmlFor="view-select">
          View
        </label>
        <select
          id="view-select"
          value={view ?? ''}
          onChange={(e) => save({ ...saved, view: e.target.value || null })}
        >
          <option value="">All records</option>
          {table.views.map((v) => (
            <option key={v.id} value={v.name}>
              {v.name}
            </option>
          ))}
        </select>
        <FilterBuilder
          fields={table.fields}
          value={saved.filter}
          error={filterError}
          onApply={(filter) => save({ ...saved, filter })}
        />
        <SortBuilder
          fields={table.fields}
          value={sort}
          onApply={(next) => save({ ...saved, sort: next })}
        />
        <span className="record-count" aria-live="polite">
          {countLabel}
        </span>
        <span className="spacer" />
        {canEdit ? (
          <Button
            variant="primary"
            size="small"
            icon="plus"
            busy={creating.loading}
            onClick={createRecord}
          >
            New record
          </Button>
        ) : null}
      </div>
      {search ? (
        <div className="banner">
          Showing the records that best match “{search}”.
          <Button size="small" variant="ghost" onClick={() => setUrl((p) => p.delete('q'))}>
            Clear search
          </Button>
        </div>
      ) : null}
      {records.status === 'error' ? (
        <div style={{ padding: 12 }}>
          <ErrorMessage
            error={records.error}
            onRetry={() => {
              if (filterError) save({ ...saved, filter: NO_FILTER });
              else router.refresh();
            }}
          />
          {filterError ? (
            <p className="muted" style={{ marginTop: 6 }}>
              “Try again” clears the filter.
            </p>
          ) : null}
        </div>
      ) : (
        <Grid
          label={`${table.name} records`}
          columns={columns}
          list={list}
          highlights={records.highlights}
          sort={sort}
          ensureLoaded={records.ensureLoaded}
          linksFor={linksFor}
          onOpenRecord={openDrawer}
          onToggleSort={toggleSort}
          onResize={resize}
          onVisibleChange={linkFields.length ? setVisible : undefined}
          empty={
            records.status === 'loading' ? (
              <Loading label="Loading records…" />
            ) : narrowed ? (
              <EmptyState icon="filter" title="No records match">
                {search
                  ? `Nothing in ${table.name} matches “${search}”.`
                  : 'Change or clear the filter to see more.'}
                {activeFilterCount(saved.filter) ? (
                  <>
                    {' '}
                    <button
                      type="button"
                      className="btn btn-small"
                      onClick={() => save({ ...saved, filter: NO_FILTER })}
                    >
                      Clear filter
                    </button>
                  </>
                ) : null}
              </EmptyState>
            ) : (
              <EmptyState icon="table" title={`${table.name} has no records yet`}>
                {canEdit
                  ? 'Add the first one with “New record”.'
                  : 'Records added in Airtable appear here live.'}
              </EmptyState>
            )
          }
        />
      )}
      {openRecordId ? (
        <RecordDrawer
          key={openRecordId}
          baseId={baseId}
          table={table}
          tables={tables}
          recordId={openRecordId}
          loaded={openRecord}
          canEdit={canEdit}
          focusField={focusField}
          linksFor={linksFor}
          onClose={closeDrawer}
          onSave={saveRecord}
          onDelete={deleteRecord}
        />
      ) : null}
    </div>
  );
}
