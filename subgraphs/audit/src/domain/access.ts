import { uuidOrNotFound, type WorkspaceRole } from '@pyairtable/subgraph-kit';
import type { AuditDeps } from '../deps.ts';
import { requireUser, type Actor } from './actor.ts';

/** Checks the actor has at least `role` in the workspace (ADMIN: owners and admins); FORBIDDEN otherwise. Returns the id, lowercased. */
export async function requireWorkspaceRole(
  deps: AuditDeps,
  actor: Actor,
  workspaceId: string,
  role: WorkspaceRole = 'ADMIN',
): Promise<string> {
  const id = uuidOrNotFound(workspaceId, 'Workspace').toLowerCase();
  await deps.memberships.requireRole(requireUser(actor), id, role);
  return id;
}

/** True when the actor is a member (any role) of one of the workspaces. */
export async function isMemberOfAny(deps: AuditDeps, actor: Actor, workspaceIds: string[]) {
  if (!actor.userId) return false;
  for (const id of workspaceIds)
    if (await deps.memberships.roleOf(actor.userId, id, actor.requestId)) return true;
  return false;
}
