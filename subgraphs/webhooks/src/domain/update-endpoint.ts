import type { WebhooksDeps } from '../deps.ts';
import { requireEndpoint } from './access.ts';
import type { Actor } from './actor.ts';
import {
  validDescription,
  validEventTypes,
  validFilter,
  validRange,
  validUrl,
  type FilterInput,
} from './validate-endpoint.ts';

export interface UpdateEndpointInput {
  id: string;
  url?: string | null;
  eventTypes?: string[] | null;
  filter?: FilterInput | null;
  description?: string | null;
  enabled?: boolean | null;
  rateLimitPerSecond?: number | null;
  batchSize?: number | null;
}

/** Changes the fields given. Enabling an endpoint starts its failure streak afresh. */
export async function updateEndpoint(deps: WebhooksDeps, actor: Actor, input: UpdateEndpointInput) {
  const endpoint = await requireEndpoint(deps, actor, input.id);
  const given = <K extends keyof UpdateEndpointInput>(key: K) =>
    input[key] !== undefined && input[key] !== null;
  const updated = await deps.db.updateEndpoint(endpoint.id, {
    ...(given('url') ? { url: await validUrl(deps, input.url!) } : {}),
    ...(given('eventTypes') ? { eventTypes: validEventTypes(input.eventTypes!) } : {}),
    // An explicit null removes the filter; leaving it out keeps it.
    ...('filter' in input ? validFilter(input.filter) : {}),
    ...(given('description') ? { description: validDescription(input.description) } : {}),
    ...(given('rateLimitPerSecond')
      ? { rateLimitPerSecond: validRange(input.rateLimitPerSecond, 10, 'rateLimitPerSecond') }
      : {}),
    ...(given('batchSize') ? { batchSize: validRange(input.batchSize, 1, 'batchSize') } : {}),
    ...(given('enabled')
      ? input.enabled
        ? { enabled: true, disabledReason: null, failingSince: null }
        : { enabled: false, disabledReason: 'MANUAL' }
      : {}),
  });
  if (input.enabled) deps.worker.kick();
  return updated;
}
