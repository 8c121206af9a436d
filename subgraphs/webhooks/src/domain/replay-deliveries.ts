import { notFound, uuidOrNotFound } from '@pyairtable/subgraph-kit';
import type { WebhooksDeps } from '../deps.ts';
import { isWorkspaceAdmin, requireEndpoint } from './access.ts';
import { requireUser, type Actor } from './actor.ts';

/** Sends one delivery again (any status) with its webhook-id, on a fresh schedule. */
export async function replayDelivery(deps: WebhooksDeps, actor: Actor, id: string) {
  requireUser(actor);
  const delivery = await deps.db.findDelivery(uuidOrNotFound(id, 'WebhookDelivery'));
  if (!delivery || !(await isWorkspaceAdmin(deps, actor, delivery.endpoint.workspaceId)))
    throw notFound('WebhookDelivery', id);
  await deps.db.replayDeliveries({ id: delivery.id }, deps.clock());
  deps.worker.kick();
  actor.log.info({ deliveryId: delivery.id }, 'webhook delivery replayed');
  return (await deps.db.findDelivery(delivery.id))!;
}

/** Sends again every dead delivery of an endpoint created since `since`; returns how many. */
export async function replayDeadDeliveries(
  deps: WebhooksDeps,
  actor: Actor,
  input: { endpointId: string; since: Date },
): Promise<number> {
  const endpoint = await requireEndpoint(deps, actor, input.endpointId);
  const { count } = await deps.db.replayDeliveries(
    { endpointId: endpoint.id, status: 'DEAD', createdAt: { gte: input.since } },
    deps.clock(),
  );
  if (count > 0) deps.worker.kick();
  actor.log.info({ endpointId: endpoint.id, count }, 'dead webhook deliveries replayed');
  return count;
}
