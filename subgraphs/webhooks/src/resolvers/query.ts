import type { DeliveryStatus } from '../db.ts';
import type { WebhooksContext } from '../deps.ts';
import { requireEndpoint, requireWorkspaceAdmin } from '../domain/access.ts';
import { WEBHOOK_EVENT_TYPES } from '../domain/event-types.ts';
import { listDeliveries } from '../domain/list-deliveries.ts';

export const Query = {
  webhookEndpoints: async (_: unknown, args: { workspaceId: string }, ctx: WebhooksContext) => {
    await requireWorkspaceAdmin(ctx.deps, ctx.actor, args.workspaceId);
    return ctx.deps.db.listEndpoints(args.workspaceId.toLowerCase());
  },
  webhookEndpoint: (_: unknown, args: { id: string }, ctx: WebhooksContext) =>
    requireEndpoint(ctx.deps, ctx.actor, args.id),
  webhookDeliveries: (
    _: unknown,
    args: { endpointId: string; first?: number; after?: string; status?: DeliveryStatus },
    ctx: WebhooksContext,
  ) => listDeliveries(ctx.deps, ctx.actor, args),
  webhookEventTypes: () => WEBHOOK_EVENT_TYPES,
};
