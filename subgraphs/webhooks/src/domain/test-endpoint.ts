import { randomUUID } from 'node:crypto';
import { notFound } from '@pyairtable/subgraph-kit';
import type { WebhooksDeps } from '../deps.ts';
import { requireEndpoint } from './access.ts';
import type { Actor } from './actor.ts';
import { TEST_EVENT_TYPE } from './event-types.ts';
import { newMessageId } from './new-message-id.ts';

/** Sends a signed `webhook.test` event now; resolves with the delivery after its first attempt. */
export async function testEndpoint(deps: WebhooksDeps, actor: Actor, id: string) {
  const endpoint = await requireEndpoint(deps, actor, id);
  const messageId = newMessageId();
  await deps.db.enqueue([
    {
      id: messageId,
      workspaceId: endpoint.workspaceId,
      eventType: TEST_EVENT_TYPE,
      payload: {
        workspaceId: endpoint.workspaceId,
        endpointId: endpoint.id,
        requestedBy: actor.userId,
      },
      sourceKey: `test:${randomUUID()}`,
      endpointIds: [endpoint.id],
    },
  ]);
  const deliveryId = await deps.worker.deliverMessageNow(endpoint.id, messageId);
  const delivery = deliveryId ? await deps.db.findDelivery(deliveryId) : null;
  if (!delivery) throw notFound('WebhookDelivery');
  return delivery;
}
