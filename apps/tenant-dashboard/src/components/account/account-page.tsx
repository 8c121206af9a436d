'use client';
// The person's own settings: who they are, their password, their personal API keys.
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { errorCode } from '../../lib/errors.ts';
import { timeAgo } from '../../lib/format.ts';
import {
  API_KEYS,
  CHANGE_PASSWORD,
  CREATE_API_KEY,
  REVOKE_API_KEY,
  type ApiKey,
} from '../../lib/graphql/account.ts';
import { useSession } from '../providers.tsx';
import { Avatar } from '../shell/user-menu.tsx';
import { useToasts } from '../toasts.tsx';
import { Badge, Button, Dialog, EmptyState, ErrorMessage, Loading, TextField } from '../ui.tsx';
import { CopyButton } from './copy-button.tsx';

const MIN_PASSWORD = 8;

export function AccountPage({ workspaceId: _workspaceId }: { workspaceId: string }) {
  const state = useSession();
  if (state.status !== 'signed-in') return <Loading />;
  const { user } = state.session;
  return (
    <div className="page">
      <title>Account & API keys</title>
      <div className="page-header">
        <div style={{ display: 'flex', gap: 14, alignItems: 'center' }}>
          <Avatar id={user.id} name={user.name} />
          <div>
            <h1>{user.name}</h1>
            <p>{user.email}</p>
          </div>
        </div>
      </div>
      <ApiKeys />
      <ChangePassword />
    </div>
  );
}

function ChangePassword() {
  const toasts = useToasts();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [touched, setTouched] = useState(false);
  const [change, { loading, error, reset }] = useMutation(CHANGE_PASSWORD);
  const problems = {
    next: next.length >= MIN_PASSWORD ? undefined : `Use at least ${MIN_PASSWORD} characters.`,
    repeat: repeat === next ? undefined : 'The two new passwords differ.',
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!current || problems.next || problems.repeat) return;
    const { data } = await change({
      variables: { currentPassword: current, newPassword: next },
    }).catch(() => ({
      data: null,
    }));
    if (data?.changePassword) {
      setCurrent('');
      setNext('');
      setRepeat('');
      setTouched(false);
      toasts.show('Password changed. Your other sessions were signed out.', 'success');
    }
  };
  const wrongCurrent = ['UNAUTHENTICATED', 'BAD_USER_INPUT', 'FORBIDDEN'].includes(
    errorCode(error) ?? '',
  );
  return (
    <section className="card" aria-labelledby="password-heading">
      <div className="card-header">
        <div>
          <h2 id="password-heading">Password</h2>
          <p>Changing it signs you out everywhere else.</p>
        </div>
      </div>
      <form className="card-body" onSubmit={submit} noValidate style={{ maxWidth: 420 }}>
        <TextField
          label="Current password"
          type="password"
          autoComplete="current-password"
          value={current}
          onChange={(e) => {
            setCurrent(e.target.value);
            reset();
          }}
          error={touched && !current ? 'Enter your current password.' : undefined}
        />
        <TextField
          label="New password"
          type="password"
          autoComplete="new-password"
          value={next}
          onChange={(e) => setNext(e.target.value)}
          hint={`At least ${MIN_PASSWORD} characters.`}
          error={touched ? problems.next : undefined}
        />
        <TextField
          label="New password, again"
          type="password"
          autoComplete="new-password"
          value={repeat}
          onChange={(e) => setRepeat(e.target.value)}
          error={touched ? problems.repeat : undefined}
        />
        {error ? (
          wrongCurrent && error.message ? (
            <div className="error-box compact" role="alert">
              {error.message}
            </div>
          ) : (
            <ErrorMessage error={error} compact />
          )
        ) : null}
        <div>
          <Button type="submit" variant="primary" busy={loading}>
            Change password
          </Button>
        </div>
      </form>
    </section>
  );
}

function ApiKeys() {
  const toasts = useToasts();
  const { data, loading, error, refetch } = useQuery(API_KEYS, {
    fetchPolicy: 'cache-and-network',
  });
  const [name, setName] = useState('');
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
  const [create, creating] = useMutation(CREATE_API_KEY, { refetchQueries: [{ query: API_KEYS }] });
  const [revoke, revokingState] = useMutation(REVOKE_API_KEY, {
    refetchQueries: [{ query: API_KEYS }],
  });
  const keys = data?.apiKeys ?? [];
  const active = keys.filter((k) => !k.revokedAt);
  const revoked = keys.filter((k) => k.revokedAt);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { data: result } = await create({ variables: { name: name.trim() } }).catch(() => ({
      data: null,
    }));
    if (result) {
      setCreated({ name: result.createApiKey.apiKey.name, secret: result.createApiKey.secret });
      setName('');
    }
  };

  return (
    <section className="card" aria-labelledby="keys-heading">
      <div className="card-header">
        <div>
          <h2 id="keys-heading">Personal API keys</h2>
          <p>
            For scripts and tools: send a key as <code>Authorization: Bearer …</code> to the GraphQL
            API or the Airtable-compatible API. A key acts as you.
          </p>
        </div>
      </div>
      <div className="card-body">
        <form className="form-row" onSubmit={submit}>
          <TextField
            label="New key’s name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder="e.g. Reporting script"
          />
          <Button
            type="submit"
            variant="primary"
            icon="key"
            busy={creating.loading}
            disabled={!name.trim()}
          >
            Create key
          </Button>
        </form>
        {creating.error ? <ErrorMessage error={creating.error} compact /> : null}
        {created ? (
          <div className="field">
            <span className="label">
              “{created.name}” — copy it now: it is shown only this once.
            </span>
            <div className="secret-box">
              <code data-testid="api-key-secret">{created.secret}</code>
              <CopyButton text={created.secret} />
            </div>
            <div>
              <Button size="small" variant="ghost" onClick={() => setCreated(null)}>
                I have stored it
              </Button>
            </div>
          </div>
        ) : null}
      </div>
      {loading && !data ? (
        <Loading />
      ) : error && !data ? (
        <div className="card-body">
          <ErrorMessage error={error} onRetry={() => void refetch()} />
        </div>
      ) : keys.length === 0 ? (
        <EmptyState icon="key" title="No API keys yet">
          Create one above to use the API from a script.
        </EmptyState>
      ) : (
        <ul className="list" aria-label="API keys">
          {[...active, ...revoked].map((key) => (
            <li key={key.id}>
              <div className="grow">
                <div className="title">
                  {key.name} {key.revokedAt ? <Badge tone="danger">Revoked</Badge> : null}
                </div>
                <div className="sub">
                  <code>{key.prefix}…</code> · created {timeAgo(key.createdAt)} ·{' '}
                  {key.lastUsedAt ? `last used ${timeAgo(key.lastUsedAt)}` : 'never used'}
                </div>
              </div>
              {key.revokedAt ? null : (
                <Button size="small" variant="danger" onClick={() => setRevoking(key)}>
                  Revoke
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      <Dialog
        open={Boolean(revoking)}
        title={`Revoke “${revoking?.name ?? ''}”?`}
        onClose={() => setRevoking(null)}
        footer={
          <>
            <Button onClick={() => setRevoking(null)}>Cancel</Button>
            <Button
              variant="danger"
              busy={revokingState.loading}
              onClick={async () => {
                if (!revoking) return;
                try {
                  await revoke({ variables: { id: revoking.id } });
                  toasts.show(`“${revoking.name}” was revoked.`, 'success');
                } catch (failure) {
                  toasts.error(failure);
                }
                setRevoking(null);
              }}
            >
              Revoke key
            </Button>
          </>
        }
      >
        <p>Anything using this key stops working within a minute. This cannot be undone.</p>
      </Dialog>
    </section>
  );
}
