import { forbidden, roleAtLeast, uuidOrNotFound } from '@pyairtable/subgraph-kit';
import type { Membership, WorkspaceRole } from '../db.ts';
import type { WorkspacesContext } from '../deps.ts';

/** The caller's membership, when it is at least `minimum`; FORBIDDEN otherwise. */
export async function requireRole(
  ctx: WorkspacesContext,
  workspaceId: string,
  minimum: WorkspaceRole,
): Promise<Membership> {
  ctx.auth.requireUser();
  const membership = await ctx.loaders.myMembership.load(uuidOrNotFound(workspaceId, 'Workspace'));
  if (!membership) throw forbidden('You are not a member of this workspace.');
  if (!roleAtLeast(membership.role, minimum)) {
    throw forbidden(`This needs the ${minimum.toLowerCase()} role or higher in this workspace.`);
  }
  return membership;
}
