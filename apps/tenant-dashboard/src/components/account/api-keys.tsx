'use client';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { timeAgo } from '../../lib/format.ts';
import {
  API_KEYS,
  CREATE_API_KEY,
  REVOKE_API_KEY,
  type ApiKey,
} from '../../lib/graphql/account.ts';
import { useToasts } from '../toasts.tsx';
import { Badge, Button, Dialog, EmptyState, ErrorMessage, Loading, TextField } from '../ui.tsx';
import { CopyButton } from './copy-button.tsx';

/** The person's API keys: create one (its secret shown once), see when each was used, revoke. */
export function ApiKeys() {
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
