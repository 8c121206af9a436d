'use client';
import { Button, Dialog } from '../ui.tsx';

/** Asks before deleting a record from Airtable. */
export function ConfirmDelete({
  open,
  title,
  tableName,
  busy,
  onCancel,
  onConfirm,
}: {
  open: boolean;
  /** The record's name (or id). */
  title: string;
  tableName: string;
  busy: boolean;
  onCancel(): void;
  onConfirm(): void;
}) {
  return (
    <Dialog
      open={open}
      title="Delete this record?"
      onClose={onCancel}
      footer={
        <>
          <Button onClick={onCancel}>Keep it</Button>
          <Button variant="danger" busy={busy} onClick={onConfirm}>
            Delete record
          </Button>
        </>
      }
    >
      <p>
        “{title}” will be deleted from {tableName} in Airtable. This cannot be undone here.
      </p>
    </Dialog>
  );
}

/** Asks before closing a record with edits that were not saved. */
export function ConfirmDiscard({
  open,
  edits,
  onCancel,
  onDiscard,
}: {
  open: boolean;
  /** How many fields were edited. */
  edits: number;
  onCancel(): void;
  onDiscard(): void;
}) {
  return (
    <Dialog
      open={open}
      title="Discard your changes?"
      onClose={onCancel}
      footer={
        <>
          <Button onClick={onCancel}>Keep editing</Button>
          <Button variant="danger" onClick={onDiscard}>
            Discard and close
          </Button>
        </>
      }
    >
      <p>You edited {edits === 1 ? 'a field' : 'some fields'} of this record without saving.</p>
    </Dialog>
  );
}
