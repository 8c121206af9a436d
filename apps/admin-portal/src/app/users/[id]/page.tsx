'use client';
import { useMutation, useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { useParams } from 'next/navigation';
import { useState } from 'react';
import { Shell } from '../../../components/shell.tsx';
import {
  describeError,
  EmptyState,
  ErrorState,
  formatDate,
  Loading,
} from '../../../components/states.tsx';
import { DISABLE_USER, ENABLE_USER, SIGN_OUT_USER, USER } from '../../../lib/operations.ts';

export default function UserPage() {
  return (
    <Shell title="User">
      <User />
    </Shell>
  );
}

function User() {
  const { id } = useParams<{ id: string }>();
  const { data, loading, error, refetch } = useQuery(USER, { variables: { id } });
  const [disable, disabling] = useMutation(DISABLE_USER);
  const [enable, enabling] = useMutation(ENABLE_USER);
  const [signOut, signingOut] = useMutation(SIGN_OUT_USER);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  if (loading && !data) return <Loading label="Loading the user…" />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const user = data?.adminUser;
  if (!user) return <EmptyState>No such user.</EmptyState>;
  const disabled = Boolean(user.disabledAt);
  const busy = disabling.loading || enabling.loading || signingOut.loading;

  const run = async (what: () => Promise<unknown>, done: string) => {
    setMessage(null);
    try {
      await what();
      await refetch();
      setMessage({ text: done, error: false });
    } catch (caught) {
      setMessage({ text: describeError(caught), error: true });
    }
  };
  const toggle = () => {
    if (!disabled && !window.confirm(`Disable ${user.email}? Their sessions and API keys stop.`))
      return;
    void run(
      () => (disabled ? enable : disable)({ variables: { id: user.id } }),
      disabled ? 'The account is enabled again.' : 'The account is disabled and signed out.',
    );
  };

  return (
    <>
      <section className="panel" aria-labelledby="user-email">
        <h2 id="user-email">{user.email}</h2>
        <dl className="facts">
          <dt>Name</dt>
          <dd>{user.name}</dd>
          <dt>State</dt>
          <dd>
            <span className={disabled ? 'pill bad' : 'pill ok'}>
              {disabled ? `Disabled ${formatDate(user.disabledAt)}` : 'Active'}
            </span>
          </dd>
          <dt>Platform role</dt>
          <dd>{user.platformRole === 'ADMIN' ? 'Administrator' : 'None'}</dd>
          <dt>Active sessions</dt>
          <dd>{user.activeSessions}</dd>
          <dt>Active API keys</dt>
          <dd>{user.activeApiKeys}</dd>
          <dt>Joined</dt>
          <dd>{formatDate(user.createdAt)}</dd>
        </dl>
        <div className="actions">
          <button
            type="button"
            className={disabled ? 'button primary' : 'button danger'}
            disabled={busy}
            onClick={toggle}
          >
            {disabled ? 'Enable account' : 'Disable account'}
          </button>
          <button
            type="button"
            className="button"
            disabled={busy || user.activeSessions === 0}
            onClick={() =>
              void run(() => signOut({ variables: { id: user.id } }), 'Every session has ended.')
            }
          >
            Sign out everywhere
          </button>
        </div>
        {message && (
          <p
            className={message.error ? 'form-error' : 'notice'}
            role={message.error ? 'alert' : 'status'}
          >
            {message.text}
          </p>
        )}
      </section>
      <section className="panel" aria-labelledby="workspaces-title">
        <h2 id="workspaces-title">Workspaces</h2>
        {data.adminWorkspaces.edges.length === 0 ? (
          <EmptyState>Not a member of any workspace.</EmptyState>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Workspace</th>
                <th scope="col">Role</th>
                <th scope="col">State</th>
              </tr>
            </thead>
            <tbody>
              {data.adminWorkspaces.edges.map(({ node }) => (
                <tr key={node.id}>
                  <th scope="row">
                    <Link href={`/tenants/${node.id}`}>{node.name}</Link>
                  </th>
                  <td>
                    {node.members.find((m) => m.user.id === user.id)?.role.toLowerCase() ?? '—'}
                  </td>
                  <td>
                    <span className={node.suspendedAt ? 'pill bad' : 'pill ok'}>
                      {node.suspendedAt ? 'Suspended' : 'Active'}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
