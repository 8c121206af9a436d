'use client';
import { useMutation, useQuery } from '@apollo/client/react';
import { useRouter } from 'next/navigation';
import { useEffect, useState, type FormEvent } from 'react';
import { AuthLayout } from '../components/auth/auth-layout.tsx';
import { useSession } from '../components/providers.tsx';
import { Button, ErrorMessage, Loading, TextField } from '../components/ui.tsx';
import { CREATE_WORKSPACE, MY_WORKSPACES } from '../lib/graphql/workspaces.ts';
import { readPreference, writePreference } from '../lib/preferences.ts';

/** Sends a person to their last workspace, or helps them create their first one. */
export default function Home() {
  const state = useSession();
  const router = useRouter();
  useEffect(() => {
    if (state.status === 'signed-out') router.replace('/login');
  }, [state.status, router]);
  if (state.status !== 'signed-in') return <Loading label="Opening PyAirtable…" />;
  return <ToWorkspace />;
}

function ToWorkspace() {
  const router = useRouter();
  const { data, error, refetch } = useQuery(MY_WORKSPACES, { fetchPolicy: 'network-only' });
  const workspaces = data?.me?.workspaces;
  useEffect(() => {
    if (!workspaces?.length) return;
    const last = readPreference<string | null>('workspace', null);
    const target = workspaces.find((w) => w.id === last) ?? workspaces[0]!;
    router.replace(`/w/${target.id}`);
  }, [workspaces, router]);
  if (error)
    return (
      <div className="page">
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      </div>
    );
  if (!workspaces || workspaces.length > 0) return <Loading label="Opening your workspace…" />;
  return <FirstWorkspace />;
}

function FirstWorkspace() {
  const router = useRouter();
  const [name, setName] = useState('');
  const [create, { loading, error }] = useMutation(CREATE_WORKSPACE);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { data } = await create({ variables: { name: name.trim() } }).catch(() => ({
      data: null,
    }));
    if (data) {
      writePreference('workspace', data.createWorkspace.id);
      router.replace(`/w/${data.createWorkspace.id}/airtable`);
    }
  };
  return (
    <AuthLayout
      title="Create your workspace"
      subtitle="A workspace holds your team, its Airtable connections and its bases."
    >
      <form className="form" onSubmit={submit}>
        <TextField
          label="Workspace name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          placeholder="e.g. Sales team"
          autoFocus
        />
        {error ? <ErrorMessage error={error} compact /> : null}
        <Button type="submit" variant="primary" busy={loading} disabled={!name.trim()}>
          Create workspace
        </Button>
      </form>
    </AuthLayout>
  );
}
