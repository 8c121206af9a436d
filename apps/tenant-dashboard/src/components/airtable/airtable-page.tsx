'use client';
// Airtable connections: add a token (checked by the server, never shown again), pick bases,
// and watch their first sync live.
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { AVAILABLE_BASES, CONNECTIONS, type AvailableBase } from '../../lib/graphql/airtable.ts';
import { roleAtLeast } from '../../lib/graphql/workspaces.ts';
import { useToasts } from '../toasts.tsx';
import { Button, EmptyState, ErrorMessage, Loading } from '../ui.tsx';
import { BasePicker } from './base-picker.tsx';
import { ConnectForm } from './connect-form.tsx';
import { ConnectionCard } from './connection-card.tsx';
import { RemoveConnection } from './remove-connection.tsx';

export function AirtablePage({ workspaceId }: { workspaceId: string }) {
  const toasts = useToasts();
  const { data, loading, error, refetch } = useQuery(CONNECTIONS, {
    variables: { id: workspaceId },
    fetchPolicy: 'cache-and-network',
  });
  const [picking, setPicking] = useState<{ connectionId: string; bases: AvailableBase[] } | null>(
    null,
  );
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<{ id: string; name: string } | null>(null);
  const available = useQuery(AVAILABLE_BASES, { variables: { id: workspaceId }, skip: true });
  const workspace = data?.workspace;

  if (loading && !workspace) return <Loading />;
  if (error && !workspace)
    return (
      <div className="page">
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      </div>
    );
  if (!workspace) return null;
  if (!roleAtLeast(workspace.role, 'ADMIN'))
    return (
      <div className="page">
        <title>Airtable</title>
        <EmptyState icon="plug" title="Only admins manage Airtable connections">
          Ask an admin of this workspace to connect Airtable or add bases. The bases already synced
          are in the sidebar.
        </EmptyState>
      </div>
    );
  const connections = workspace.airtableConnections;

  const openPicker = async (connectionId: string) => {
    const result = await available.refetch().catch((failure: unknown) => {
      toasts.error(failure);
      return null;
    });
    const bases = result?.data?.workspace?.airtableConnections.find(
      (c) => c.id === connectionId,
    )?.availableBases;
    if (bases) setPicking({ connectionId, bases });
  };

  return (
    <div className="page">
      <title>Airtable</title>
      <div className="page-header">
        <div>
          <h1>Airtable</h1>
          <p>
            Connect an Airtable account with a personal access token, then choose the bases to
            mirror here.
          </p>
        </div>
        {connections.length > 0 && !adding ? (
          <Button icon="plus" onClick={() => setAdding(true)}>
            Add a connection
          </Button>
        ) : null}
      </div>

      {picking ? (
        <section className="card" aria-labelledby="picker-heading">
          <div className="card-header">
            <h2 id="picker-heading">Choose bases to sync</h2>
          </div>
          <div className="card-body">
            <BasePicker
              workspaceId={workspaceId}
              connectionId={picking.connectionId}
              bases={picking.bases}
              onDone={() => setPicking(null)}
            />
          </div>
        </section>
      ) : null}

      {connections.length === 0 || adding ? (
        <section className="card" aria-labelledby="connect-heading">
          <div className="card-header">
            <div>
              <h2 id="connect-heading">Connect Airtable</h2>
              <p>The token is checked with Airtable, stored encrypted, and never shown again.</p>
            </div>
            {adding ? (
              <Button variant="ghost" onClick={() => setAdding(false)}>
                Cancel
              </Button>
            ) : null}
          </div>
          <div className="card-body">
            <ConnectForm
              workspaceId={workspaceId}
              onConnected={(connectionId, bases) => {
                setAdding(false);
                toasts.show('Connected. Now choose the bases to bring in.', 'success');
                setPicking({ connectionId, bases });
              }}
            />
          </div>
        </section>
      ) : null}

      {connections.map((connection) => (
        <ConnectionCard
          key={connection.id}
          connection={connection}
          onAddBases={() => void openPicker(connection.id)}
          onRemove={() => setRemoving(connection)}
        />
      ))}

      <RemoveConnection
        workspaceId={workspaceId}
        connection={removing}
        onDone={() => setRemoving(null)}
      />
    </div>
  );
}
