'use client';
// A record, field by field: edit with checks before sending, save (shown at once, undone if
// Airtable refuses), delete. Live changes from elsewhere show in fields not being edited.
import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { fromDraft, sameValue, toDraft, type Draft } from '../../lib/edit-values.ts';
import { fieldKind } from '../../lib/field-types.ts';
import { cellText } from '../../lib/format.ts';
import type { FieldMeta, TableMeta } from '../../lib/graphql/airtable.ts';
import { RECORD, toRecordNode, type RecordNode } from '../../lib/graphql/records.ts';
import { Button, Dialog, ErrorMessage, IconButton, Loading } from '../ui.tsx';
import type { LinkContext } from './cell-value.tsx';
import { FieldEditor } from './field-editor.tsx';

export interface RecordDrawerProps {
  baseId: string;
  table: TableMeta;
  tables: TableMeta[];
  recordId: string;
  /** The record as the grid has it (live); fetched when the grid has not loaded it. */
  loaded: RecordNode | undefined;
  canEdit: boolean;
  focusField?: string;
  linksFor(field: FieldMeta): LinkContext | undefined;
  onClose(): void;
  onSave(record: RecordNode, fields: Record<string, unknown>): Promise<void>;
  onDelete(record: RecordNode): Promise<void>;
}

export function RecordDrawer(props: RecordDrawerProps) {
  const { baseId, table, recordId, loaded } = props;
  const fetched = useQuery(RECORD, {
    variables: { baseId, tableId: table.id, id: recordId },
    fetchPolicy: 'network-only',
    skip: Boolean(loaded),
  });
  const fetchedRecord = fetched.data?.record;
  const record = useMemo(
    () => loaded ?? (fetchedRecord ? toRecordNode(fetchedRecord) : undefined),
    [loaded, fetchedRecord],
  );
  const titleId = useId();
  const panel = useRef<HTMLDivElement>(null);
  // The form replaces this with a close that asks before dropping edits.
  const requestClose = useRef(props.onClose);
  // Escape closes the drawer wherever the focus is (a saved form's button may have let go of
  // it), except inside a confirmation dialog or a popover, which close themselves.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if ((event.target as Element | null)?.closest?.('dialog')) return;
      event.preventDefault();
      requestClose.current();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  let body: React.ReactNode;
  if (record)
    body = (
      <RecordForm
        key={record.id}
        {...props}
        record={record}
        titleId={titleId}
        panel={panel}
        requestClose={requestClose}
      />
    );
  else if (fetched.loading) body = <Loading label="Opening the record…" />;
  else
    body = (
      <>
        <header className="drawer-header">
          <h2 id={titleId}>Record not found</h2>
          <IconButton icon="close" label="Close" onClick={props.onClose} />
        </header>
        <div className="drawer-body">
          {fetched.error ? (
            <ErrorMessage error={fetched.error} onRetry={() => void fetched.refetch()} />
          ) : (
            <p>This record no longer exists in {table.name}. It may have been deleted.</p>
          )}
        </div>
      </>
    );

  return (
    <>
      <div className="drawer-backdrop" onClick={props.onClose} aria-hidden="true" />
      <div ref={panel} className="drawer" role="dialog" aria-modal="true" aria-labelledby={titleId}>
        {body}
      </div>
    </>
  );
}

function RecordForm({
  baseId,
  table,
  tables,
  record,
  canEdit,
  focusField,
  linksFor,
  onClose,
  onSave,
  onDelete,
  titleId,
  panel,
  requestClose,
}: RecordDrawerProps & {
  record: RecordNode;
  titleId: string;
  panel: React.RefObject<HTMLDivElement | null>;
  requestClose: React.RefObject<() => void>;
}) {
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const formId = useId();
  const primary = table.fields.find((f) => f.id === table.primaryField.id);
  const title = primary ? cellText(record.fields[primary.name], primary) : '';

  // Edited fields only: the rest follow the record as it changes.
  const changes = useMemo(() => {
    const result: Record<string, { value: unknown } | { error: string }> = {};
    for (const [name, draft] of Object.entries(drafts)) {
      const field = table.fields.find((f) => f.name === name);
      if (!field) continue;
      const parsed = fromDraft(draft, field);
      if ('error' in parsed || !sameValue(parsed.value, record.fields[name])) result[name] = parsed;
    }
    return result;
  }, [drafts, record.fields, table.fields]);
  const errors = Object.entries(changes).filter(([, c]) => 'error' in c);
  const dirty = Object.keys(changes).length > 0;

  useEffect(() => {
    const target = focusField
      ? panel.current?.querySelector<HTMLElement>(
          `[data-field="${CSS.escape(focusField)}"] :is(input, textarea, select, button)`,
        )
      : null;
    (target ?? panel.current?.querySelector<HTMLElement>('.drawer-header button'))?.focus();
    // Only when the drawer opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const close = () => (dirty ? setConfirmDiscard(true) : onClose());
  useEffect(() => {
    requestClose.current = close;
  });

  const save = async () => {
    if (!dirty || errors.length > 0) return;
    const fields: Record<string, unknown> = {};
    for (const [name, change] of Object.entries(changes))
      if ('value' in change) fields[name] = change.value;
    setSaving(true);
    setFailure(null);
    try {
      await onSave(record, fields);
      setDrafts({});
    } catch (error) {
      setFailure(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <header className="drawer-header">
        <h2 id={titleId}>{title || <span className="muted">Unnamed record</span>}</h2>
        <IconButton icon="close" label="Close record" onClick={close} />
      </header>
      <form
        id={formId}
        className="drawer-body"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) {
            event.preventDefault();
            void save();
          }
        }}
        noValidate
      >
        <p className="record-meta">
          {table.name} · created {new Date(record.createdTime).toLocaleString()} ·{' '}
          <span className="mono">{record.id}</span>
        </p>
        {table.fields.map((field) => {
          const value = record.fields[field.name];
          const draft = drafts[field.name] ?? toDraft(value, field);
          const change = changes[field.name];
          const linkedTableId =
            fieldKind(field) === 'links'
              ? (field.options?.linkedTableId as string | undefined)
              : undefined;
          return (
            <FieldEditor
              key={field.id}
              field={field}
              inputId={`${formId}-${field.id}`}
              draft={draft}
              value={value}
              error={change && 'error' in change ? change.error : undefined}
              changed={Boolean(change)}
              editable={canEdit}
              baseId={baseId}
              linkedTable={tables.find((t) => t.id === linkedTableId)}
              links={linksFor(field)}
              onChange={(next) => setDrafts((current) => ({ ...current, [field.name]: next }))}
            />
          );
        })}
        {failure ? <ErrorMessage error={failure} /> : null}
      </form>
      <footer className="drawer-footer">
        {canEdit ? (
          <Button variant="danger" icon="trash" onClick={() => setConfirmDelete(true)}>
            Delete
          </Button>
        ) : (
          <span className="muted">You can view this record; editors can change it.</span>
        )}
        {canEdit ? (
          <div style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
            {errors.length ? (
              <span className="field-error">
                {errors.length === 1
                  ? 'One field needs attention.'
                  : `${errors.length} fields need attention.`}
              </span>
            ) : dirty ? (
              <span className="muted" style={{ fontSize: 12.5 }}>
                <kbd>Ctrl</kbd> + <kbd>Enter</kbd> saves
              </span>
            ) : null}
            <Button onClick={() => setDrafts({})} disabled={!dirty || saving}>
              Discard
            </Button>
            <Button
              type="submit"
              form={formId}
              variant="primary"
              busy={saving}
              disabled={!dirty || errors.length > 0}
            >
              Save changes
            </Button>
          </div>
        ) : null}
      </footer>
      <Dialog
        open={confirmDelete}
        title="Delete this record?"
        onClose={() => setConfirmDelete(false)}
        footer={
          <>
            <Button onClick={() => setConfirmDelete(false)}>Keep it</Button>
            <Button
              variant="danger"
              busy={deleting}
              onClick={async () => {
                setDeleting(true);
                try {
                  await onDelete(record);
                } catch (error) {
                  setFailure(error);
                  setConfirmDelete(false);
                } finally {
                  setDeleting(false);
                }
              }}
            >
              Delete record
            </Button>
          </>
        }
      >
        <p>
          “{title || record.id}” will be deleted from {table.name} in Airtable. This cannot be
          undone here.
        </p>
      </Dialog>
      <Dialog
        open={confirmDiscard}
        title="Discard your changes?"
        onClose={() => setConfirmDiscard(false)}
        footer={
          <>
            <Button onClick={() => setConfirmDiscard(false)}>Keep editing</Button>
            <Button variant="danger" onClick={onClose}>
              Discard and close
            </Button>
          </>
        }
      >
        <p>
          You edited {Object.keys(changes).length === 1 ? 'a field' : 'some fields'} of this record
          without saving.
        </p>
      </Dialog>
    </>
  );
}
