'use client';
// A workspace's webhooks: endpoints with their events and filters, signed test events,
// secret rotation, and each endpoint's delivery history with retry and replay.
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { CREATE_WEBHOOK_ENDPOINT, WEBHOOKS_PAGE } from '../../lib/graphql/webhooks.ts';
import { roleAtLeast, WORKSPACE_BASES } from '../../lib/graphql/workspaces.ts';
import { Button, EmptyState, ErrorMessage, Loading } from '../ui.tsx';
import { EndpointCard } from './endpoint-card.tsx';
import { EndpointForm, type EndpointDraft } from './endpoint-form.tsx';
import { SecretNotice } from './secret-notice.tsx';

export function WebhooksPage({ workspaceId }: { workspaceId: string }) {
  const workspace = useQuery(WORKSPACE_BASES, { variables: { id: workspaceId } });
  const admin = roleAtLeast(workspace.data?.workspace?.role, 'ADMIN');
  const { data, loading, error, refetch } = useQuery(WEBHOOKS_PAGE, {
    variables: { workspaceId },
    skip: !admin,
    fetchPolicy: 'cache-and-network',
  });
  const [adding, setAdding] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const [create, creating] = useMutation(CREATE_WEBHOOK_ENDPOINT, {
    refetchQueries: [{ query: WEBHOOKS_PAGE, variables: { workspaceId } }],
  });

  if (workspace.loading && !workspace.data) return <Loading />;
  if (!admin)
    return (
      <div className="page">
        <title>Webhooks</title>
        <EmptyState icon="webhook" title="Only admins manage webhooks">
          Ask an admin of this workspace to send its changes to your systems.
        </EmptyState>
      </div>
    );

  const submit = async (draft: EndpointDraft) => {
    const res = await create({ variables: { input: { workspaceId, ...draft } } }).catch(() => null);
    if (res?.data) {
      setSecret(res.data.createWebhookEndpoint.secret);
      setAdding(false);
    }
  };
  const endpoints = data?.webhookEndpoints ?? [];

  return (
    <div className="page">
      <title>Webhooks</title>
      <div className="page-header">
        <div>
          <h1>Webhooks</h1>
          <p>
            Signed HTTP requests to your systems when records, tables, syncs or members change.
            Failed deliveries are retried for about a day, then kept as dead letters you can retry.
          </p>
        </div>
        {adding ? null : (
          <Button variant="primary" icon="plus" onClick={() => setAdding(true)}>
            Add endpoint
          </Button>
        )}
      </div>
      {secret ? (
        <section className="card" aria-label="New signing secret">
          <SecretNotice secret={secret} onDone={() => setSecret(null)} />
        </section>
      ) : null}
      {adding ? (
        <section className="card" aria-labelledby="new-endpoint-heading">
          <div className="card-header">
            <h2 id="new-endpoint-heading">New endpoint</h2>
          </div>
          <EndpointForm
            workspaceId={workspaceId}
            eventTypes={data?.webhookEventTypes ?? []}
            busy={creating.loading}
            error={creating.error}
            onSubmit={(draft) => void submit(draft)}
            onCancel={() => setAdding(false)}
          />
        </section>
      ) : null}
      {loading && !data ? (
        <Loading />
      ) : error && !data ? (
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      ) : endpoints.length === 0 && !adding ? (
        <EmptyState icon="webhook" title="No endpoints yet">
          Add one to receive record changes, schema changes, syncs and member events.
        </EmptyState>
      ) : (
        endpoints.map((endpoint) => (
          <EndpointCard key={endpoint.id} workspaceId={workspaceId} endpoint={endpoint} />
        ))
      )}
    </div>
  );
}
