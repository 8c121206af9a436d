import type { WebhooksDeps } from '../deps.ts';
import { requireEndpoint } from './access.ts';
import type { Actor } from './actor.ts';

/** Deletes an endpoint with its deliveries and their history. */
export async function deleteEndpoint(
  deps: WebhooksDeps,
  actor: Actor,
  id: string,
): Promise<boolean> {
  const endpoint = await requireEndpoint(deps, actor, id);
  await deps.db.deleteEndpoint(endpoint.id);
  actor.log.info(
    { workspaceId: endpoint.workspaceId, endpointId: endpoint.id },
    'webhook endpoint deleted',
  );
  return true;
}
