import { DateTime, isClientError, JSONScalar } from '@pyairtable/subgraph-kit';
import type { Delivery, Endpoint, Message } from '../db.ts';
import type { WebhooksContext } from '../deps.ts';
import { isWorkspaceAdmin, requireEndpoint } from '../domain/access.ts';

export const scalars = { DateTime, JSON: JSONScalar };

export const WebhookEndpoint = {
  // Only the workspace's admins can see an endpoint; others get null, as references expect.
  __resolveReference: (ref: { id: string }, ctx: WebhooksContext) =>
    requireEndpoint(ctx.deps, ctx.actor, ref.id).catch((error: unknown) => {
      if (isClientError(error)) return null;
      throw error;
    }),
  filter: (e: Endpoint) =>
    e.filterBaseId || e.filterTableId || e.filterFields.length || e.filterFormula
      ? {
          baseId: e.filterBaseId,
          tableId: e.filterTableId,
          changedFields: e.filterFields,
          formula: e.filterFormula,
        }
      : null,
  secrets: (e: Endpoint, _: unknown, ctx: WebhooksContext) =>
    ctx.deps.db.listActiveSecrets(e.id, ctx.deps.clock()),
  pendingCount: (e: Endpoint, _: unknown, ctx: WebhooksContext) =>
    ctx.deps.db.countDeliveries(e.id, 'PENDING'),
  deadCount: (e: Endpoint, _: unknown, ctx: WebhooksContext) =>
    ctx.deps.db.countDeliveries(e.id, 'DEAD'),
};

export const WebhookDelivery = {
  eventType: (d: Delivery & { message: Message }) => d.message.eventType,
  nextAttemptAt: (d: Delivery) => (d.status === 'PENDING' ? d.nextAttemptAt : null),
  payload: (d: Delivery & { message: Message }) => ({
    type: d.message.eventType,
    timestamp: d.message.createdAt.toISOString(),
    data: d.message.payload,
  }),
  attemptLog: (d: Delivery, _: unknown, ctx: WebhooksContext) => ctx.deps.db.listAttempts([d.id]),
};

export const Workspace = {
  webhookEndpoints: async (ws: { id: string }, _: unknown, ctx: WebhooksContext) =>
    (await isWorkspaceAdmin(ctx.deps, ctx.actor, ws.id)) ? ctx.deps.db.listEndpoints(ws.id) : [],
};
