import { randomBytes } from 'node:crypto';
import type { ClaimedDelivery } from '../db.ts';

/** One HTTP request to an endpoint: a delivery alone, or a batch of them. */
export interface DeliveryRequest {
  endpoint: ClaimedDelivery['endpoint'];
  deliveries: ClaimedDelivery[];
  /** The webhook-id: the message id, or the batch id. */
  webhookId: string;
  body: string;
  /** A new batch whose members must be bound to it before it is sent. */
  newBatch: boolean;
}

const eventOf = (d: ClaimedDelivery) => ({
  type: d.message.eventType,
  timestamp: d.message.createdAt.toISOString(),
  data: d.message.payload,
});

/** The same body on every attempt: it is built only from what is stored. */
function singleBody(d: ClaimedDelivery): string {
  return JSON.stringify(eventOf(d));
}

function batchBody(members: ClaimedDelivery[]): string {
  return JSON.stringify({
    type: 'batch',
    timestamp: members[0]!.message.createdAt.toISOString(),
    data: members.map((d) => ({ id: d.message.id, ...eventOf(d) })),
  });
}

// Messages stored together share a time: their source (a change-log position) keeps the order.
const byMessageTime = (a: ClaimedDelivery, b: ClaimedDelivery) =>
  a.message.createdAt.getTime() - b.message.createdAt.getTime() ||
  a.message.sourceKey.localeCompare(b.message.sourceKey, 'en', { numeric: true });

/**
 * Groups leased deliveries into requests: deliveries already in a batch travel with it; new
 * deliveries of an endpoint that batches are packed up to its batch size; the rest go alone.
 */
export function planRequests(claimed: readonly ClaimedDelivery[]): DeliveryRequest[] {
  const requests: DeliveryRequest[] = [];
  const batches = new Map<string, ClaimedDelivery[]>();
  const toPack = new Map<string, ClaimedDelivery[]>();
  for (const d of claimed) {
    if (d.batchId) batches.set(d.batchId, [...(batches.get(d.batchId) ?? []), d]);
    else if (d.endpoint.batchSize > 1)
      toPack.set(d.endpointId, [...(toPack.get(d.endpointId) ?? []), d]);
    else
      requests.push({
        endpoint: d.endpoint,
        deliveries: [d],
        webhookId: d.message.id,
        body: singleBody(d),
        newBatch: false,
      });
  }
  for (const [batchId, members] of batches) {
    members.sort(byMessageTime);
    requests.push({
      endpoint: members[0]!.endpoint,
      deliveries: members,
      webhookId: batchId,
      body: batchBody(members),
      newBatch: false,
    });
  }
  for (const members of toPack.values()) {
    members.sort(byMessageTime);
    const size = members[0]!.endpoint.batchSize;
    for (let i = 0; i < members.length; i += size) {
      const chunk = members.slice(i, i + size);
      requests.push({
        endpoint: chunk[0]!.endpoint,
        deliveries: chunk,
        webhookId: `batch_${randomBytes(18).toString('base64url')}`,
        body: batchBody(chunk),
        newBatch: true,
      });
    }
  }
  return requests;
}
