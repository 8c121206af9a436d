import { roleAtLeast } from '@pyairtable/subgraph-kit';
import type { Membership, Workspace as WorkspaceRow } from '../db.ts';
import type { WorkspacesContext } from '../deps.ts';

async function myRole(workspaceId: string, ctx: WorkspacesContext) {
  return ctx.auth.userId ? (await ctx.loaders.myMembership.load(workspaceId))?.role : undefined;
}

export const Workspace = {
  // Other subgraphs may name a workspace; only its members can see it.
  __resolveReference: async (ref: { id: string }, ctx: WorkspacesContext) =>
    (await myRole(ref.id, ctx)) ? ctx.loaders.workspace.load(ref.id) : null,
  role: (workspace: WorkspaceRow, _: unknown, ctx: WorkspacesContext) => myRole(workspace.id, ctx),
  members: async (workspace: WorkspaceRow, _: unknown, ctx: WorkspacesContext) =>
    (await myRole(workspace.id, ctx)) ? ctx.loaders.members.load(workspace.id) : [],
  invitations: async (workspace: WorkspaceRow, _: unknown, ctx: WorkspacesContext) => {
    const role = await myRole(workspace.id, ctx);
    if (!role || !roleAtLeast(role, 'ADMIN')) return [];
    return ctx.deps.db.listPendingInvitations(workspace.id, ctx.deps.clock());
  },
  settings: (workspace: WorkspaceRow) => ({
    requireWriteConfirmation: workspace.requireWriteConfirmation,
  }),
};

export const Member = {
  user: (member: Membership) => ({ __typename: 'User', id: member.userId }),
  joinedAt: (member: Membership) => member.createdAt,
};

export const User = {
  __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
  workspaces: (user: { id: string }, _: unknown, ctx: WorkspacesContext) =>
    ctx.auth.userId ? ctx.deps.db.listSharedWorkspaces(user.id, ctx.auth.userId) : [],
};
