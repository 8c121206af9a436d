'use client';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { timeAgo } from '../../lib/format.ts';
import {
  REPLAY_DEAD_WEBHOOK_DELIVERIES,
  REPLAY_WEBHOOK_DELIVERY,
  WEBHOOK_DELIVERIES,
  type WebhookDelivery,
  type WebhookDeliveryStatus,
} from '../../lib/graphql/webhooks.ts';
import { useToasts } from '../toasts.tsx';
import { Badge, Button, EmptyState, ErrorMessage, Loading } from '../ui.tsx';

const TONE: Record<WebhookDeliveryStatus, string> = {
  SUCCEEDED: 'success',
  PENDING: 'warning',
  DEAD: 'danger',
};

function DeliveryRow({ delivery, onReplay }: { delivery: WebhookDelivery; onReplay: () => void }) {
  const [open, setOpen] = useState(false);
  return (
    <li className="delivery-row">
      <div style={{ display: 'flex', gap: 12, alignItems: 'center' }}>
        <div className="grow">
          <div className="title">
            <code>{delivery.eventType}</code>{' '}
            <Badge tone={TONE[delivery.status]}>{delivery.status.toLowerCase()}</Badge>
          </div>
          <div className="sub">
            {timeAgo(delivery.createdAt)} · {delivery.attempts} attempt
            {delivery.attempts === 1 ? '' : 's'}
            {delivery.lastStatusCode ? ` · last HTTP ${delivery.lastStatusCode}` : ''}
            {delivery.lastError && delivery.lastError !== `HTTP ${delivery.lastStatusCode}`
              ? ` · ${delivery.lastError}`
              : ''}
            {delivery.nextAttemptAt && delivery.status === 'PENDING'
              ? ` · next ${new Date(delivery.nextAttemptAt).toLocaleTimeString()}`
              : ''}
          </div>
        </div>
        <Button size="small" variant="ghost" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? 'Hide' : 'Details'}
        </Button>
        <Button size="small" icon="refresh" onClick={onReplay}>
          {delivery.status === 'DEAD' ? 'Retry' : 'Replay'}
        </Button>
      </div>
      {open ? (
        <div className="delivery-attempts">
          <span>
            webhook-id <code>{delivery.messageId}</code>
          </span>
          {delivery.attemptLog.map((a, i) => (
            <span key={i}>
              {new Date(a.attemptedAt).toLocaleString()} — {a.statusCode ?? 'no response'} in{' '}
              {a.latencyMs} ms
              {a.error ? ` — ${a.error}` : ''}
              {a.responseBody ? (
                <>
                  {' '}
                  — <code>{a.responseBody}</code>
                </>
              ) : null}
            </span>
          ))}
          <code>{JSON.stringify(delivery.payload, null, 2)}</code>
        </div>
      ) : null}
    </li>
  );
}

/** An endpoint's deliveries, newest first: their attempts, and replay (one, or the dead letters). */
export function DeliveryHistory({
  endpointId,
  deadCount,
}: {
  endpointId: string;
  deadCount: number;
}) {
  const toasts = useToasts();
  const [status, setStatus] = useState<WebhookDeliveryStatus | ''>('');
  const { data, loading, error, refetch, fetchMore } = useQuery(WEBHOOK_DELIVERIES, {
    variables: { endpointId, status: status || null },
    fetchPolicy: 'cache-and-network',
  });
  const [replay] = useMutation(REPLAY_WEBHOOK_DELIVERY);
  const [replayDead, replayingDead] = useMutation(REPLAY_DEAD_WEBHOOK_DELIVERIES);
  const connection = data?.webhookDeliveries;

  const replayOne = async (id: string) => {
    try {
      await replay({ variables: { id } });
      toasts.show('Queued to send again, with the same webhook-id.', 'success');
      void refetch();
    } catch (failure) {
      toasts.error(failure);
    }
  };

  return (
    <div aria-label="Delivery history" role="region">
      <div className="card-body" style={{ paddingBottom: 0 }}>
        <div className="form-row">
          <div className="field">
            <label htmlFor={`status-${endpointId}`}>Show</label>
            <select
              id={`status-${endpointId}`}
              value={status}
              onChange={(e) => setStatus(e.target.value as WebhookDeliveryStatus | '')}
            >
              <option value="">All deliveries</option>
              <option value="PENDING">Pending and retrying</option>
              <option value="DEAD">Dead letters</option>
              <option value="SUCCEEDED">Delivered</option>
            </select>
          </div>
          <Button size="small" icon="refresh" onClick={() => void refetch()}>
            Refresh
          </Button>
          <Button
            size="small"
            disabled={deadCount === 0}
            busy={replayingDead.loading}
            onClick={async () => {
              try {
                const since = new Date(Date.now() - 7 * 86_400_000).toISOString();
                const res = await replayDead({ variables: { endpointId, since } });
                toasts.show(
                  `${res.data?.replayDeadWebhookDeliveries ?? 0} dead deliveries queued again.`,
                  'success',
                );
                void refetch();
              } catch (failure) {
                toasts.error(failure);
              }
            }}
          >
            Retry dead letters of the last 7 days
          </Button>
        </div>
      </div>
      {loading && !connection ? (
        <Loading />
      ) : error && !connection ? (
        <div className="card-body">
          <ErrorMessage error={error} onRetry={() => void refetch()} />
        </div>
      ) : !connection?.edges.length ? (
        <EmptyState icon="history" title="No deliveries yet">
          Send a test event, or wait for a change the endpoint listens to.
        </EmptyState>
      ) : (
        <ul className="list" aria-label="Deliveries">
          {connection.edges.map(({ node }) => (
            <DeliveryRow key={node.id} delivery={node} onReplay={() => void replayOne(node.id)} />
          ))}
        </ul>
      )}
      {connection?.pageInfo.hasNextPage ? (
        <div className="card-body">
          <Button
            size="small"
            onClick={() =>
              void fetchMore({
                variables: { after: connection.pageInfo.endCursor },
                updateQuery: (previous, { fetchMoreResult }) => ({
                  webhookDeliveries: {
                    ...fetchMoreResult.webhookDeliveries,
                    edges: [
                      ...previous.webhookDeliveries.edges,
                      ...fetchMoreResult.webhookDeliveries.edges,
                    ],
                  },
                }),
              })
            }
          >
            Older deliveries
          </Button>
        </div>
      ) : null}
    </div>
  );
}
