'use client';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { CONNECT_AIRTABLE, CONNECTIONS, type AvailableBase } from '../../lib/graphql/airtable.ts';
import { Button, ErrorMessage, TextField } from '../ui.tsx';

/** A name and a personal access token; the server checks the token with Airtable. */
export function ConnectForm({
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
