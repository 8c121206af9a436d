import { notFound, uuidOrNotFound, type WorkspaceRole } from '@pyairtable/subgraph-kit';
import type { Endpoint } from '../db.ts';
import type { WebhooksDeps } from '../deps.ts';
import { requireUser, type Actor } from './actor.ts';

/** Webhooks are a workspace admin's business. */
const MANAGE: WorkspaceRole = 'ADMIN';

/** Checks the actor administers the workspace; FORBIDDEN otherwise. */
export async function requireWorkspaceAdmin(deps: WebhooksDeps, actor: Actor, workspaceId: string) {
  await deps.memberships.requireRole(
    requireUser(actor),
    uuidOrNotFound(workspaceId, 'Workspace'),
    MANAGE,
  );
}

/** True when the actor administers the workspace. */
export async function isWorkspaceAdmin(deps: WebhooksDeps, actor: Actor, workspaceId: string) {
  if (!actor.userId) return false;
  const role = await deps.memberships.roleOf(actor.userId, workspaceId, actor.requestId);
  return role === 'ADMIN' || role === 'OWNER';
}

/**
 * An endpoint of a workspace the actor administers. Anyone else gets NOT_FOUND, as if it did
 * not exist, so endpoint ids reveal nothing.
 */
export async function requireEndpoint(
  deps: WebhooksDeps,
  actor: Actor,
  id: string,
): Promise<Endpoint> {
  requireUser(actor);
  const endpoint = await deps.db.findEndpoint(uuidOrNotFound(id, 'WebhookEndpoint'));
  if (!endpoint || !(await isWorkspaceAdmin(deps, actor, endpoint.workspaceId)))
    throw notFound('WebhookEndpoint', id);
  return endpoint;
}
