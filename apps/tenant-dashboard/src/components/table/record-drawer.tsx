'use client';
// A record, field by field: edit with checks before sending, save (shown at once, undone if
// Airtable refuses), delete. Live changes from elsewhere show in fields not being edited.
import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useMemo, useRef } from 'react';
import type { FieldMeta, TableMeta } from '../../lib/graphql/airtable.ts';
import { RECORD, toRecordNode, type RecordNode } from '../../lib/graphql/records.ts';
import type { LinkContext } from '../../lib/use-table-links.ts';
import { ErrorMessage, IconButton, Loading } from '../ui.tsx';
import { RecordForm } from './record-form.tsx';

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
