import { conflict } from '@pyairtable/subgraph-kit';
import type { WebhooksDeps } from '../deps.ts';
import { requireWorkspaceAdmin } from './access.ts';
import { requireUser, type Actor } from './actor.ts';
import { newSigningSecret, secretHint } from './signing-secret.ts';
import {
  validDescription,
  validEventTypes,
  validFilter,
  validRange,
  validUrl,
  type FilterInput,
} from './validate-endpoint.ts';

export const MAX_ENDPOINTS_PER_WORKSPACE = 20;

export interface CreateEndpointInput {
  workspaceId: string;
  url: string;
  eventTypes: string[];
  filter?: FilterInput | null;
  description?: string | null;
  rateLimitPerSecond?: number | null;
  batchSize?: number | null;
}

/** Adds an endpoint to a workspace; its signing secret is returned this once. */
export async function createEndpoint(deps: WebhooksDeps, actor: Actor, input: CreateEndpointInput) {
  await requireWorkspaceAdmin(deps, actor, input.workspaceId);
  const url = await validUrl(deps, input.url);
  const data = {
    workspaceId: input.workspaceId.toLowerCase(),
    url,
    description: validDescription(input.description),
    eventTypes: validEventTypes(input.eventTypes),
    ...validFilter(input.filter),
    rateLimitPerSecond: validRange(input.rateLimitPerSecond, 10, 'rateLimitPerSecond'),
    batchSize: validRange(input.batchSize, 1, 'batchSize'),
    createdById: requireUser(actor),
  };
  if ((await deps.db.countEndpoints(data.workspaceId)) >= MAX_ENDPOINTS_PER_WORKSPACE) {
    throw conflict(
      `A workspace can have at most ${MAX_ENDPOINTS_PER_WORKSPACE} webhook endpoints.`,
    );
  }
  const secret = newSigningSecret();
  const endpoint = await deps.db.insertEndpoint(data, {
    sealed: deps.secrets.encrypt(secret),
    hint: secretHint(secret),
  });
  actor.log.info(
    { workspaceId: data.workspaceId, endpointId: endpoint.id },
    'webhook endpoint created',
  );
  return { endpoint, secret };
}
