import { forbidden, uuidOrNotFound } from '@pyairtable/subgraph-kit';
import type { Membership, WorkspaceRole } from '../db.ts';
import type { WorkspacesContext } from '../deps.ts';

const RANK: Record<WorkspaceRole, number> = { VIEWER: 1, EDITOR: 2, ADMIN: 3, OWNER: 4 };

/** True when `role` is at least `minimum`. */
export function hasRole(role: WorkspaceRole, minimum: WorkspaceRole): boolean {
  return RANK[role] >= RANK[minimum];
}

/** The caller's membership, when it is at least `minimum`; FORBIDDEN otherwise. */
export async function requireRole(
  ctx: WorkspacesContext,
  workspaceId: string,
  minimum: WorkspaceRole,
): Promise<Membership> {
  ctx.auth.requireUser();
  const membership = await ctx.loaders.myMembership.load(uuidOrNotFound(workspaceId, 'Workspace'));
  if (!membership) throw forbidden('You are not a member of this workspace.');
  if (!hasRole(membership.role, minimum)) {
    throw forbidden(`This needs the ${minimum.toLowerCase()} role or higher in this workspace.`);
  }
  return membership;
}
