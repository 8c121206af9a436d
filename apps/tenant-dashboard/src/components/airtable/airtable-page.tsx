'use client';
// Airtable connections: add a token (checked by the server, never shown again), pick bases,
// and watch their first sync live.
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { timeAgo } from '../../lib/format.ts';
import {
  AVAILABLE_BASES,
  CONNECT_AIRTABLE,
  CONNECTIONS,
  REMOVE_CONNECTION,
  RESYNC_BASE,
  SYNC_BASE,
  type AvailableBase,
  type SyncStatus,
} from '../../lib/graphql/airtable.ts';
import { roleAtLeast, WORKSPACE_BASES } from '../../lib/graphql/workspaces.ts';
import { useSyncStatus } from '../../lib/use-sync-status.ts';
import { Icon } from '../icons.tsx';
import { useToasts } from '../toasts.tsx';
import { Badge, Button, Dialog, EmptyState, ErrorMessage, Loading, TextField } from '../ui.tsx';

/** A base's sync, kept current by the syncProgress subscription. */
export function SyncProgress({ baseId, initial }: { baseId: string; initial: SyncStatus }) {
  const status = useSyncStatus(baseId, initial) as SyncStatus;
  const running = status.state === 'SYNCING' || status.state === 'PENDING';
  const percent =
    status.tablesTotal > 0
      ? Math.round(((status.tablesDone + (running ? 0.5 : 0)) / status.tablesTotal) * 100)
      : running
        ? null
        : 100;
  return (
    <div className="sync-line" aria-live="polite">
      <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
        {status.state === 'READY' ? (
          <Badge tone="success">Up to date</Badge>
        ) : status.state === 'ERROR' ? (
          <Badge tone="danger">Sync failed</Badge>
        ) : status.state === 'PENDING' ? (
          <Badge tone="warning">Waiting</Badge>
        ) : (
          <Badge tone="accent">Syncing</Badge>
        )}
        <span className="numbers">
          {status.recordsDone.toLocaleString()}
          {status.recordsTotal ? ` / ${status.recordsTotal.toLocaleString()}` : ''} records ·{' '}
          {status.tablesDone}/{status.tablesTotal} tables
        </span>
      </div>
      {running ? (
        <div
          className={`progress${percent === null ? ' indeterminate' : ''}`}
          role="progressbar"
          aria-label="Sync progress"
          aria-valuenow={percent ?? undefined}
          aria-valuemin={0}
          aria-valuemax={100}
        >
          <span style={percent === null ? undefined : { width: `${Math.min(100, percent)}%` }} />
        </div>
      ) : null}
      {status.state === 'ERROR' && status.error ? (
        <span className="field-error">{status.error}</span>
      ) : null}
      {status.state === 'READY' && status.lastSyncedAt ? (
        <span className="numbers">Last synced {timeAgo(status.lastSyncedAt)}</span>
      ) : null}
    </div>
  );
}

function BasePicker({
  workspaceId,
  connectionId,
  bases,
  onDone,
}: {
  workspaceId: string;
  connectionId: string;
  bases: AvailableBase[];
  onDone: () => void;
}) {
  const toasts = useToasts();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [sync] = useMutation(SYNC_BASE, {
    refetchQueries: [
      { query: CONNECTIONS, variables: { id: workspaceId } },
      { query: WORKSPACE_BASES, variables: { id: workspaceId } },
    ],
  });
  const choosable = bases.filter((b) => !b.synced);
  if (bases.length === 0)
    return (
      <p className="muted">
        This token cannot reach any base. Check its scopes and access in Airtable.
      </p>
    );
  return (
    <div className="form">
      <fieldset className="choice-list" style={{ border: 0, padding: 0, margin: 0 }}>
        <legend className="label" style={{ marginBottom: 8 }}>
          Bases this token can reach
        </legend>
        {bases.map((base) => (
          <label key={base.id} className="choice">
            <input
              type="checkbox"
              disabled={base.synced}
              checked={base.synced || selected.has(base.id)}
              onChange={(e) =>
                setSelected((current) => {
                  const next = new Set(current);
                  if (e.target.checked) next.add(base.id);
                  else next.delete(base.id);
                  return next;
                })
              }
            />
            <span style={{ flex: 1 }}>
              <strong>{base.name}</strong> <span className="muted mono">{base.id}</span>
            </span>
            {base.synced ? (
              <Badge tone="success">Synced</Badge>
            ) : (
              <Badge>{base.permissionLevel}</Badge>
            )}
          </label>
        ))}
      </fieldset>
      <div style={{ display: 'flex', gap: 8 }}>
        <Button
          variant="primary"
          busy={busy}
          disabled={selected.size === 0}
          onClick={async () => {
            setBusy(true);
            for (const baseId of selected) {
              try {
                await sync({ variables: { connectionId, baseId } });
              } catch (failure) {
                toasts.error(failure);
              }
            }
            setBusy(false);
            setSelected(new Set());
            onDone();
          }}
        >
          {selected.size > 1 ? `Sync ${selected.size} bases` : 'Sync base'}
        </Button>
        <Button variant="ghost" onClick={onDone}>
          {choosable.length ? 'Not now' : 'Close'}
        </Button>
      </div>
    </div>
  );
}

function ConnectForm({
  workspaceId,
  onConnected,
}: {
  workspaceId: string;
  onConnected: (id: string, bases: AvailableBase[]) => void;
}) {
  const [name, setName] = useState('My Airtable');
  const [token, setToken] = useState('');
  const [connect, { loading, error }] = useMutation(CONNECT_AIRTABLE, {
    refetchQueries: [{ query: CONNECTIONS, variables: { id: workspaceId } }],
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { data } = await connect({
      variables: { workspaceId, name: name.trim(), token: token.trim() },
    }).catch(() => ({
      data: null,
    }));
    // The token leaves the page: only its last characters are ever shown again.
    setToken('');
    if (data) onConnected(data.connectAirtable.id, data.connectAirtable.availableBases);
  };
  return (
    <form className="form" onSubmit={submit}>
      <div className="form-row">
        <TextField label="Connection name" value={name} onChange={(e) => setName(e.target.value)} />
        <TextField
          label="Personal access token"
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={token}
          onChange={(e) => setToken(e.target.value)}
          placeholder="pat…"
          hint="Create one at airtable.com/create/tokens with data.records:read/write and schema.bases:read."
        />
      </div>
      {error ? <ErrorMessage error={error} compact /> : null}
      <div>
        <Button
          type="submit"
          variant="primary"
          icon="plug"
          busy={loading}
          disabled={!token.trim() || !name.trim()}
        >
          Check token and connect
        </Button>
      </div>
    </form>
  );
}

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
  const [resync] = useMutation(RESYNC_BASE);
  const [removeConnection, removal] = useMutation(REMOVE_CONNECTION, {
    refetchQueries: [
      { query: CONNECTIONS, variables: { id: workspaceId } },
      { query: WORKSPACE_BASES, variables: { id: workspaceId } },
    ],
  });
  const workspace = data?.workspace;

  if (loading && !workspace) return <Loading />;
  if (error && !workspace)
    return (
      <div className="page">
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      </div>
    );
  if (!workspace) return null;
  const admin = roleAtLeast(workspace.role, 'ADMIN');
  if (!admin)
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
        <section key={connection.id} className="card" aria-label={`Connection ${connection.name}`}>
          <div className="card-header">
            <div>
              <h2 style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
                <Icon name="plug" /> {connection.name}
              </h2>
              <p>
                Token ending in <code>{connection.tokenHint.replace(/^[.…]+/, '…')}</code> ·
                connected {timeAgo(connection.createdAt)}
              </p>
            </div>
            <div style={{ display: 'flex', gap: 8 }}>
              <Button size="small" icon="plus" onClick={() => void openPicker(connection.id)}>
                Add bases
              </Button>
              <Button size="small" variant="danger" onClick={() => setRemoving(connection)}>
                Remove
              </Button>
            </div>
          </div>
          {connection.bases.length === 0 ? (
            <p className="muted" style={{ padding: '16px 20px' }}>
              No bases synced from this connection yet.
            </p>
          ) : (
            <ul className="list">
              {connection.bases.map((base) => (
                <li key={base.id}>
                  <span className="base-icon">
                    <Icon name="base" size={16} />
                  </span>
                  <div className="grow">
                    <div className="title">{base.name}</div>
                    <div className="sub mono">{base.id}</div>
                  </div>
                  <SyncProgress baseId={base.id} initial={base.sync} />
                  <Button
                    size="small"
                    variant="ghost"
                    icon="refresh"
                    onClick={async () => {
                      try {
                        await resync({ variables: { id: base.id } });
                        toasts.show(`Syncing ${base.name} again.`);
                      } catch (failure) {
                        toasts.error(failure);
                      }
                    }}
                  >
                    Sync now
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}

      <Dialog
        open={Boolean(removing)}
        title={`Remove “${removing?.name ?? ''}”?`}
        onClose={() => setRemoving(null)}
        footer={
          <>
            <Button onClick={() => setRemoving(null)}>Cancel</Button>
            <Button
              variant="danger"
              busy={removal.loading}
              onClick={async () => {
                if (!removing) return;
                try {
                  await removeConnection({ variables: { id: removing.id } });
                  toasts.show('Connection removed.', 'success');
                } catch (failure) {
                  toasts.error(failure);
                }
                setRemoving(null);
              }}
            >
              Remove connection
            </Button>
          </>
        }
      >
        <p>
          The mirror of its bases is deleted from this workspace. Nothing changes in Airtable
          itself.
        </p>
      </Dialog>
    </div>
  );
}
