import { findPendingInvitation } from '../domain/invitations.ts';
import { requireRole } from '../domain/roles.ts';
import type { WorkspacesContext } from '../deps.ts';

export const Query = {
  workspace: async (_: unknown, args: { id: string }, ctx: WorkspacesContext) => {
    const membership = await requireRole(ctx, args.id, 'VIEWER');
    return ctx.loaders.workspace.load(membership.workspaceId);
  },
  invitation: async (_: unknown, args: { token: string }, ctx: WorkspacesContext) => {
    const invitation = await findPendingInvitation(ctx.deps, args.token);
    if (!invitation) return null;
    const { email, role, expiresAt } = invitation;
    return { workspaceName: invitation.workspace.name, email, role, expiresAt };
  },
};
