'use client';
import { useMutation, useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { useParams } from 'next/navigation';
import { useState } from 'react';
import { FeatureFlags } from '../../../components/feature-flags.tsx';
import { Shell } from '../../../components/shell.tsx';
import {
  describeError,
  EmptyState,
  ErrorState,
  formatDate,
  Loading,
} from '../../../components/states.tsx';
import { RESTORE_TENANT, SUSPEND_TENANT, TENANT } from '../../../lib/operations.ts';

export default function TenantPage() {
  return (
    <Shell title="Tenant">
      <Tenant />
    </Shell>
  );
}

function Tenant() {
  const { id } = useParams<{ id: string }>();
  const { data, loading, error, refetch } = useQuery(TENANT, { variables: { id } });
  const [suspend, suspending] = useMutation(SUSPEND_TENANT);
  const [restore, restoring] = useMutation(RESTORE_TENANT);
  const [actionError, setActionError] = useState<string | null>(null);
  if (loading && !data) return <Loading label="Loading the tenant…" />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const tenant = data?.adminWorkspace;
  if (!tenant) return <EmptyState>No such tenant.</EmptyState>;
  const suspended = Boolean(tenant.suspendedAt);
  const act = async () => {
    setActionError(null);
    if (!suspended && !window.confirm(`Suspend ${tenant.name}? Its members lose access at once.`))
      return;
    try {
      await (suspended ? restore : suspend)({ variables: { id: tenant.id } });
    } catch (caught) {
      setActionError(describeError(caught));
    }
  };
  return (
    <>
      <section className="panel" aria-labelledby="tenant-name">
        <h2 id="tenant-name">{tenant.name}</h2>
        <dl className="facts">
          <dt>State</dt>
          <dd>
            <span className={suspended ? 'pill bad' : 'pill ok'}>
              {suspended ? `Suspended ${formatDate(tenant.suspendedAt)}` : 'Active'}
            </span>
          </dd>
          <dt>Created</dt>
          <dd>{formatDate(tenant.createdAt)}</dd>
          <dt>Id</dt>
          <dd className="mono">{tenant.id}</dd>
        </dl>
        <p className="muted">
          {suspended
            ? 'Nobody reaches this tenant: sessions and API keys are refused, syncs are stopped. Its data is kept.'
            : 'Suspending refuses every member (sessions and API keys) and stops its syncs; nothing is deleted.'}
        </p>
        <button
          type="button"
          className={suspended ? 'button primary' : 'button danger'}
          disabled={suspending.loading || restoring.loading}
          onClick={() => void act()}
        >
          {suspended ? 'Restore tenant' : 'Suspend tenant'}
        </button>
        {actionError && (
          <p className="form-error" role="alert">
            {actionError}
          </p>
        )}
      </section>

      <section className="panel" aria-labelledby="members-title">
        <h2 id="members-title">Members ({tenant.memberCount})</h2>
        {tenant.members.length === 0 ? (
          <EmptyState>No members.</EmptyState>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Person</th>
                <th scope="col">Role</th>
                <th scope="col" className="wide">
                  Joined
                </th>
              </tr>
            </thead>
            <tbody>
              {tenant.members.map((member) => (
                <tr key={member.user.id}>
                  <th scope="row">
                    <Link href={`/users/${member.user.id}`}>{member.user.email}</Link>
                  </th>
                  <td>{member.role.toLowerCase()}</td>
                  <td className="wide">{formatDate(member.joinedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className="panel" aria-labelledby="flags-title">
        <h2 id="flags-title">Feature flags</h2>
        <FeatureFlags workspaceId={tenant.id} />
      </section>

      <section className="panel" aria-labelledby="bases-title">
        <h2 id="bases-title">Bases</h2>
        {tenant.bases.length === 0 ? (
          <EmptyState>No bases synced.</EmptyState>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Base</th>
                <th scope="col">Sync</th>
                <th scope="col" className="wide">
                  Records
                </th>
                <th scope="col" className="wide">
                  Last synced
                </th>
              </tr>
            </thead>
            <tbody>
              {tenant.bases.map((base) => (
                <tr key={base.id}>
                  <th scope="row">
                    {base.name} <span className="mono muted">{base.id}</span>
                  </th>
                  <td>
                    <span className={base.sync.state === 'ERROR' ? 'pill bad' : 'pill ok'}>
                      {base.sync.state.toLowerCase()}
                    </span>
                    {base.sync.error && <span className="muted"> {base.sync.error}</span>}
                  </td>
                  <td className="wide">{base.sync.recordsDone}</td>
                  <td className="wide">{formatDate(base.sync.lastSyncedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
