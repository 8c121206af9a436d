'use client';
import { useMutation } from '@apollo/client/react';
import { CONNECTIONS, REMOVE_CONNECTION } from '../../lib/graphql/airtable.ts';
import { WORKSPACE_BASES } from '../../lib/graphql/workspaces.ts';
import { useToasts } from '../toasts.tsx';
import { Button, Dialog } from '../ui.tsx';

/** Asks before removing a connection, then removes it (its bases' mirror goes with it). */
export function RemoveConnection({
  workspaceId,
  connection,
  onDone,
}: {
  workspaceId: string;
  /** The connection to remove; the dialog is closed while null. */
  connection: { id: string; name: string } | null;
  onDone(): void;
}) {
  const toasts = useToasts();
  const [removeConnection, removal] = useMutation(REMOVE_CONNECTION, {
    refetchQueries: [
      { query: CONNECTIONS, variables: { id: workspaceId } },
      { query: WORKSPACE_BASES, variables: { id: workspaceId } },
    ],
  });
  return (
    <Dialog
      open={Boolean(connection)}
      title={`Remove “${connection?.name ?? ''}”?`}
      onClose={onDone}
      footer={
        <>
          <Button onClick={onDone}>Cancel</Button>
          <Button
            variant="danger"
            busy={removal.loading}
            onClick={async () => {
              if (!connection) return;
              try {
                await removeConnection({ variables: { id: connection.id } });
                toasts.show('Connection removed.', 'success');
              } catch (failure) {
                toasts.error(failure);
              }
              onDone();
            }}
          >
            Remove connection
          </Button>
        </>
      }
    >
      <p>
        The mirror of its bases is deleted from this workspace. Nothing changes in Airtable itself.
      </p>
    </Dialog>
  );
}
