'use client';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { timeAgo } from '../../lib/format.ts';
import {
  DELETE_WEBHOOK_ENDPOINT,
  ROTATE_WEBHOOK_SECRET,
  TEST_WEBHOOK_ENDPOINT,
  UPDATE_WEBHOOK_ENDPOINT,
  WEBHOOKS_PAGE,
  type WebhookEndpoint,
} from '../../lib/graphql/webhooks.ts';
import { useToasts } from '../toasts.tsx';
import { Badge, Button, Dialog } from '../ui.tsx';
import { DeliveryHistory } from './delivery-history.tsx';
import { SecretNotice } from './secret-notice.tsx';

function filterSummary(filter: WebhookEndpoint['filter']): string | null {
  if (!filter) return null;
  return [
    filter.baseId ? `base ${filter.baseId}` : null,
    filter.tableId ? `table ${filter.tableId}` : null,
    filter.changedFields.length ? `when ${filter.changedFields.join(', ')} change` : null,
    filter.formula ? `matching ${filter.formula}` : null,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** One endpoint: what it gets, its state, its actions and its delivery history. */
export function EndpointCard({
  workspaceId,
  endpoint,
}: {
  workspaceId: string;
  endpoint: WebhookEndpoint;
}) {
  const toasts = useToasts();
  const refetchQueries = [{ query: WEBHOOKS_PAGE, variables: { workspaceId } }];
  const [showHistory, setShowHistory] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const [deleting, setDeleting] = useState(false);
  const [update, updating] = useMutation(UPDATE_WEBHOOK_ENDPOINT, { refetchQueries });
  const [rotate, rotating] = useMutation(ROTATE_WEBHOOK_SECRET, { refetchQueries });
  const [test, testing] = useMutation(TEST_WEBHOOK_ENDPOINT, { refetchQueries });
  const [remove, removing] = useMutation(DELETE_WEBHOOK_ENDPOINT, { refetchQueries });
  const summary = filterSummary(endpoint.filter);

  const run = async (work: () => Promise<unknown>) => {
    try {
      await work();
    } catch (failure) {
      toasts.error(failure);
    }
  };

  return (
    <section className="card" aria-label={endpoint.url}>
      <div className="card-header">
        <div style={{ minWidth: 0 }}>
          <h2 style={{ wordBreak: 'break-all' }}>{endpoint.url}</h2>
          <p>
            {endpoint.enabled ? (
              <Badge tone="success">Enabled</Badge>
            ) : (
              <Badge tone="danger">
                {endpoint.disabledReason === 'FAILING' ? 'Disabled after failing' : 'Disabled'}
              </Badge>
            )}{' '}
            {endpoint.failingSince ? (
              <Badge tone="warning">Failing since {timeAgo(endpoint.failingSince)}</Badge>
            ) : null}{' '}
            {endpoint.eventTypes.map((t) => (
              <code key={t} style={{ marginRight: 6 }}>
                {t}
              </code>
            ))}
          </p>
          {endpoint.description ? <p>{endpoint.description}</p> : null}
          {summary ? <p>Only {summary}</p> : null}
          <p>
            {endpoint.pendingCount} pending · {endpoint.deadCount} dead ·{' '}
            {endpoint.batchSize > 1 ? `up to ${endpoint.batchSize} events per request · ` : ''}
            secret …{endpoint.secrets[0]?.hint}
            {endpoint.secrets.length > 1
              ? ` (previous …${endpoint.secrets[1]!.hint} signs too until ${new Date(endpoint.secrets[1]!.expiresAt!).toLocaleString()})`
              : ''}
          </p>
        </div>
      </div>
      <div className="card-body">
        <div className="form-row">
          <Button
            size="small"
            icon="send"
            busy={testing.loading}
            onClick={() =>
              void run(async () => {
                const res = await test({ variables: { id: endpoint.id } });
                const d = res.data?.testWebhookEndpoint;
                if (d?.status === 'SUCCEEDED')
                  toasts.show(`Test event delivered (HTTP ${d.lastStatusCode}).`, 'success');
                else
                  toasts.show(
                    `Test event failed: ${d?.lastError ?? 'unknown error'}. It will be retried.`,
                  );
                setShowHistory(true);
              })
            }
          >
            Send test event
          </Button>
          <Button
            size="small"
            icon="key"
            busy={rotating.loading}
            onClick={() =>
              void run(async () => {
                const res = await rotate({ variables: { id: endpoint.id, overlapHours: 24 } });
                setSecret(res.data?.rotateWebhookSecret.secret ?? null);
              })
            }
          >
            Rotate secret
          </Button>
          <Button
            size="small"
            busy={updating.loading}
            onClick={() =>
              void run(() =>
                update({ variables: { input: { id: endpoint.id, enabled: !endpoint.enabled } } }),
              )
            }
          >
            {endpoint.enabled ? 'Disable' : 'Enable'}
          </Button>
          <Button
            size="small"
            variant="ghost"
            aria-expanded={showHistory}
            onClick={() => setShowHistory(!showHistory)}
          >
            {showHistory ? 'Hide deliveries' : 'Show deliveries'}
          </Button>
          <Button size="small" variant="danger" icon="trash" onClick={() => setDeleting(true)}>
            Delete
          </Button>
        </div>
      </div>
      {secret ? <SecretNotice secret={secret} onDone={() => setSecret(null)} /> : null}
      {showHistory ? (
        <DeliveryHistory endpointId={endpoint.id} deadCount={endpoint.deadCount} />
      ) : null}
      <Dialog
        open={deleting}
        title="Delete this endpoint?"
        onClose={() => setDeleting(false)}
        footer={
          <>
            <Button onClick={() => setDeleting(false)}>Cancel</Button>
            <Button
              variant="danger"
              busy={removing.loading}
              onClick={() =>
                void run(() => remove({ variables: { id: endpoint.id } })).then(() =>
                  setDeleting(false),
                )
              }
            >
              Delete endpoint
            </Button>
          </>
        }
      >
        <p>Its pending deliveries and their history go with it. This cannot be undone.</p>
      </Dialog>
    </section>
  );
}
