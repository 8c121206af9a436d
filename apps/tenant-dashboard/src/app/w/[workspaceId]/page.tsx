'use client';
import { useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { useParams } from 'next/navigation';
import { Icon } from '../../../components/icons.tsx';
import { Badge, EmptyState, ErrorMessage, Loading } from '../../../components/ui.tsx';
import { timeAgo } from '../../../lib/format.ts';
import { roleAtLeast, WORKSPACE_BASES } from '../../../lib/graphql/workspaces.ts';

const SYNC_LABELS = {
  PENDING: ['Waiting to sync', 'warning'],
  SYNCING: ['Syncing', 'accent'],
  READY: ['Up to date', 'success'],
  ERROR: ['Sync failed', 'danger'],
} as const;

/** The workspace's bases and tables at a glance. */
export default function WorkspaceOverview() {
  const { workspaceId } = useParams<{ workspaceId: string }>();
  const { data, loading, error, refetch } = useQuery(WORKSPACE_BASES, {
    variables: { id: workspaceId },
    fetchPolicy: 'cache-and-network',
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
  return (
    <div className="page">
      <title>{workspace.name}</title>
      <div className="page-header">
        <div>
          <h1>{workspace.name}</h1>
          <p>
            {workspace.bases.length === 0
              ? 'No bases yet.'
              : `${workspace.bases.length} ${workspace.bases.length === 1 ? 'base' : 'bases'}, mirrored from Airtable and kept live.`}
          </p>
        </div>
        {admin ? (
          <Link className="btn" href={`/w/${workspaceId}/airtable`}>
            <Icon name="plug" size={15} /> Airtable connections
          </Link>
        ) : null}
      </div>
      {workspace.bases.length === 0 ? (
        <div className="card">
          <EmptyState
            icon="plug"
            title="Connect your Airtable account"
            action={
              admin ? (
                <Link className="btn btn-primary" href={`/w/${workspaceId}/airtable`}>
                  Connect Airtable
                </Link>
              ) : undefined
            }
          >
            {admin
              ? 'Add a personal access token, pick the bases to bring in, and they appear here within moments.'
              : 'An admin of this workspace can connect Airtable; the bases then appear here.'}
          </EmptyState>
        </div>
      ) : (
        <div className="base-grid">
          {workspace.bases.map((base) => {
            const [label, tone] = SYNC_LABELS[base.sync.state];
            return (
              <section key={base.id} className="card base-card" aria-labelledby={`base-${base.id}`}>
                <div className="base-card-head">
                  <span className="base-icon">
                    <Icon name="base" size={18} />
                  </span>
                  <div style={{ flex: 1, minWidth: 0 }}>
                    <h2 id={`base-${base.id}`}>{base.name}</h2>
                    <span className="muted" style={{ fontSize: 12.5 }}>
                      {base.sync.lastSyncedAt
                        ? `Synced ${timeAgo(base.sync.lastSyncedAt)}`
                        : 'Not synced yet'}
                    </span>
                  </div>
                  <Badge tone={tone}>{label}</Badge>
                </div>
                <nav className="table-links" aria-label={`Tables of ${base.name}`}>
                  {base.tables.map((table) => (
                    <Link key={table.id} href={`/w/${workspaceId}/b/${base.id}/t/${table.id}`}>
                      <span style={{ display: 'inline-flex', gap: 8, alignItems: 'center' }}>
                        <Icon name="table" size={15} /> {table.name}
                      </span>
                      <span className="count">{table.recordCount.toLocaleString()} records</span>
                    </Link>
                  ))}
                  {base.tables.length === 0 ? <span className="muted">No tables yet.</span> : null}
                </nav>
              </section>
            );
          })}
        </div>
      )}
    </div>
  );
}
