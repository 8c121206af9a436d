'use client';
import { useEffect, useEffectEvent, useId, useMemo, useRef, useState, type RefObject } from 'react';
import { toDraft, type Draft } from '../../lib/edit-values.ts';
import { errorText } from '../../lib/errors.ts';
import { fieldKind } from '../../lib/field-types.ts';
import { cellText } from '../../lib/format.ts';
import type { RecordNode } from '../../lib/graphql/records.ts';
import { changedValues, recordChanges } from '../../lib/record-changes.ts';
import { Button, IconButton } from '../ui.tsx';
import { FieldEditor } from './field-editor.tsx';
import { ConfirmDiscard } from './record-dialogs.tsx';
import type { RecordDrawerProps } from './record-drawer.tsx';

/** The id a record not yet in Airtable has in the drawer ("New record" before its first value). */
export const NEW_RECORD_ID = 'new';

// Typing pauses this long before the record saves itself.
const AUTOSAVE_DELAY = 600;

type SaveState = { kind: 'idle' | 'saving' | 'saved' } | { kind: 'refused'; reason: string };

/**
 * The open record's fields, saved as they are edited (no Save button): a value that cannot be
 * sent waits, marked, until it is fixed; one Airtable refuses goes back, with its reason.
 * Closing saves what is pending; deleting is undone with Ctrl+Z.
 */
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
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const saving = useRef<Promise<void> | null>(null);
  const formId = useId();
  const isNew = record.id === NEW_RECORD_ID;
  const primary = table.fields.find((f) => f.id === table.primaryField.id);
  const title = primary ? cellText(record.fields[primary.name], primary) : '';

  // Edited fields only: the rest follow the record as it changes.
  const changes = useMemo(
    () => recordChanges(drafts, table.fields, record.fields),
    [drafts, record.fields, table.fields],
  );
  const errors = Object.entries(changes).filter(([, c]) => 'error' in c);
  const values = changedValues(changes);
  const pending = Object.keys(values).length > 0;

  // Focus goes to the field the person opened the record from (or to Close), once.
  const focusFirst = useEffectEvent(() => {
    const target = focusField
      ? panel.current?.querySelector<HTMLElement>(
          `[data-field="${CSS.escape(focusField)}"] :is(input, textarea, select, button)`,
        )
      : isNew
        ? panel.current?.querySelector<HTMLElement>('.drawer-body :is(input, textarea, select)')
        : null;
    (target ?? panel.current?.querySelector<HTMLElement>('.drawer-header button'))?.focus();
  });
  useEffect(() => focusFirst(), []);

  // What the latest render holds, for a save that waited on the one before it.
  const latest = useRef({ values, drafts, record });
  useEffect(() => {
    latest.current = { values, drafts, record };
  });

  /** Sends the valid edits; the drafts sent go once saved, or once refused (back as they were). */
  const saveNow = async () => {
    if (saving.current) await saving.current;
    const { values: sent, drafts: all, record: target } = latest.current;
    const sentDrafts = Object.fromEntries(Object.keys(sent).map((name) => [name, all[name]]));
    if (Object.keys(sent).length === 0) return;
    const dropSent = () =>
      setDrafts((current) => {
        const next = { ...current };
        for (const [name, draft] of Object.entries(sentDrafts))
          if (next[name] === draft) delete next[name];
        return next;
      });
    setSave({ kind: 'saving' });
    const run = (async () => {
      try {
        await onSave(target, sent);
        dropSent();
        setSave({ kind: 'saved' });
      } catch (error) {
        dropSent();
        setSave({ kind: 'refused', reason: errorText(error) });
      }
    })();
    saving.current = run;
    await run;
    if (saving.current === run) saving.current = null;
  };
  const autosave = useEffectEvent(() => void saveNow());

  useEffect(() => {
    if (!canEdit || !pending) return;
    const timer = setTimeout(autosave, AUTOSAVE_DELAY);
    return () => clearTimeout(timer);
  }, [canEdit, pending, drafts]);

  const close = async () => {
    if (errors.length) return setConfirmDiscard(true);
    if (pending) await saveNow();
    else if (saving.current) await saving.current;
    onClose();
  };
  useEffect(() => {
    requestClose.current = () => void close();
  });

  const remove = async () => {
    setDeleting(true);
    try {
      await onDelete(record);
    } catch (error) {
      setSave({ kind: 'refused', reason: errorText(error) });
    } finally {
      setDeleting(false);
    }
  };

  return (
    <>
      <header className="drawer-header">
        <h2 id={titleId}>
          {title || <span className="muted">{isNew ? 'New record' : 'Unnamed record'}</span>}
        </h2>
        <IconButton icon="close" label="Close record" onClick={() => void close()} />
      </header>
      <form
        id={formId}
        className="drawer-body"
        onSubmit={(event) => {
          event.preventDefault();
          void saveNow();
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) {
            event.preventDefault();
            void saveNow();
          }
        }}
        noValidate
      >
        <p className="record-meta">
          {isNew ? (
            <>Not in {table.name} yet: it is created in Airtable with the first value you enter.</>
          ) : (
            <>
              {table.name} · created {new Date(record.createdTime).toLocaleString()} ·{' '}
              <span className="mono">{record.id}</span>
            </>
          )}
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
      </form>
      <footer className="drawer-footer">
        {canEdit && !isNew ? (
          <Button variant="danger" icon="trash" busy={deleting} onClick={() => void remove()}>
            Delete
          </Button>
        ) : canEdit ? (
          <span />
        ) : (
          <span className="muted">You can view this record; editors can change it.</span>
        )}
        {canEdit ? <SaveStatus state={save} errors={errors.length} pending={pending} /> : null}
      </footer>
      <ConfirmDiscard
        open={confirmDiscard}
        edits={errors.length}
        onCancel={() => setConfirmDiscard(false)}
        onDiscard={onClose}
      />
    </>
  );
}

/** Where the record's edits are: waiting for a fix, on their way, saved, or refused and why. */
function SaveStatus({
  state,
  errors,
  pending,
}: {
  state: SaveState;
  errors: number;
  pending: boolean;
}) {
  let text: string;
  let className = 'save-status muted';
  if (errors) {
    text = errors === 1 ? 'One field needs attention.' : `${errors} fields need attention.`;
    className = 'save-status field-error';
  } else if (state.kind === 'saving' || pending) text = 'Saving…';
  else if (state.kind === 'refused') {
    text = `Not saved: ${state.reason} The field is back to its value.`;
    className = 'save-status field-error';
  } else if (state.kind === 'saved') text = 'All changes saved.';
  else text = 'Changes save as you type.';
  return (
    <span className={className} role="status">
      {text}
    </span>
  );
}
