import type { WebhooksContext } from '../deps.ts';
import { createEndpoint, type CreateEndpointInput } from '../domain/create-endpoint.ts';
import { deleteEndpoint } from '../domain/delete-endpoint.ts';
import { replayDeadDeliveries, replayDelivery } from '../domain/replay-deliveries.ts';
import { rotateSecret } from '../domain/rotate-secret.ts';
import { testEndpoint } from '../domain/test-endpoint.ts';
import { updateEndpoint, type UpdateEndpointInput } from '../domain/update-endpoint.ts';

type Input<T> = { input: T };

export const Mutation = {
  createWebhookEndpoint: (
    _: unknown,
    { input }: Input<CreateEndpointInput>,
    ctx: WebhooksContext,
  ) => createEndpoint(ctx.deps, ctx.actor, input),
  updateWebhookEndpoint: (
    _: unknown,
    { input }: Input<UpdateEndpointInput>,
    ctx: WebhooksContext,
  ) => updateEndpoint(ctx.deps, ctx.actor, input),
  deleteWebhookEndpoint: (_: unknown, args: { id: string }, ctx: WebhooksContext) =>
    deleteEndpoint(ctx.deps, ctx.actor, args.id),
  rotateWebhookSecret: (
    _: unknown,
    { input }: Input<{ id: string; overlapHours?: number | null }>,
    ctx: WebhooksContext,
  ) => rotateSecret(ctx.deps, ctx.actor, input),
  testWebhookEndpoint: (_: unknown, args: { id: string }, ctx: WebhooksContext) =>
    testEndpoint(ctx.deps, ctx.actor, args.id),
  replayWebhookDelivery: (_: unknown, args: { id: string }, ctx: WebhooksContext) =>
    replayDelivery(ctx.deps, ctx.actor, args.id),
  replayDeadWebhookDeliveries: (
    _: unknown,
    { input }: Input<{ endpointId: string; since: Date }>,
    ctx: WebhooksContext,
  ) => replayDeadDeliveries(ctx.deps, ctx.actor, input),
};
