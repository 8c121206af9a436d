'use client';
import { useEffect, useEffectEvent, useId, useMemo, useState, type RefObject } from 'react';
import { toDraft, type Draft } from '../../lib/edit-values.ts';
import { fieldKind } from '../../lib/field-types.ts';
import { cellText } from '../../lib/format.ts';
import type { RecordNode } from '../../lib/graphql/records.ts';
import { changedValues, recordChanges } from '../../lib/record-changes.ts';
import { Button, ErrorMessage, IconButton } from '../ui.tsx';
import { FieldEditor } from './field-editor.tsx';
import { ConfirmDiscard } from './record-dialogs.tsx';
import type { RecordDrawerProps } from './record-drawer.tsx';

/** The open record's fields, edited as drafts until saved; discarding asks first, deleting is undone with Ctrl+Z. */
export function RecordForm({
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
  panel: RefObject<HTMLDivElement | null>;
  requestClose: RefObject<() => void>;
}) {
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const formId = useId();
  const primary = table.fields.find((f) => f.id === table.primaryField.id);
  const title = primary ? cellText(record.fields[primary.name], primary) : '';

  // Edited fields only: the rest follow the record as it changes.
  const changes = useMemo(
    () => recordChanges(drafts, table.fields, record.fields),
    [drafts, record.fields, table.fields],
  );
  const errors = Object.entries(changes).filter(([, c]) => 'error' in c);
  const dirty = Object.keys(changes).length > 0;

  // Focus goes to the field the person opened the record from (or to Close), once.
  const focusFirst = useEffectEvent(() => {
    const target = focusField
      ? panel.current?.querySelector<HTMLElement>(
          `[data-field="${CSS.escape(focusField)}"] :is(input, textarea, select, button)`,
        )
      : null;
    (target ?? panel.current?.querySelector<HTMLElement>('.drawer-header button'))?.focus();
  });
  useEffect(() => focusFirst(), []);

  const close = () => (dirty ? setConfirmDiscard(true) : onClose());
  useEffect(() => {
    requestClose.current = close;
  });

  const save = async () => {
    if (!dirty || errors.length > 0) return;
    setSaving(true);
    setFailure(null);
    try {
      await onSave(record, changedValues(changes));
      setDrafts({});
    } catch (error) {
      setFailure(error);
    } finally {
      setSaving(false);
    }
  };

  const remove = async () => {
    setDeleting(true);
    try {
      await onDelete(record);
    } catch (error) {
      setFailure(error);
    } finally {
      setDeleting(false);
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
              draft={drafts[field.name] ?? toDraft(value, field)}
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
          <Button variant="danger" icon="trash" busy={deleting} onClick={() => void remove()}>
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
      <ConfirmDiscard
        open={confirmDiscard}
        edits={Object.keys(changes).length}
        onCancel={() => setConfirmDiscard(false)}
        onDiscard={onClose}
      />
    </>
  );
}
