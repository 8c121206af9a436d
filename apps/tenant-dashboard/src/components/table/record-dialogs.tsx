'use client';
import { Button, Dialog } from '../ui.tsx';

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
