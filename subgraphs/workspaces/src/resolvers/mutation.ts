import { notFound } from '@pyairtable/subgraph-kit';
import type { WorkspaceRole } from '../db.ts';
import {
  acceptInvitation,
  invitationWorkspaceId,
  inviteMember,
  revokeInvitation,
} from '../domain/invitations.ts';
import {
  createWorkspace,
  deleteWorkspace,
  renameWorkspace,
  updateWorkspaceSettings,
} from '../domain/manage-workspace.ts';
import {
  changeMemberRole,
  leaveWorkspace,
  removeMember,
  transferOwnership,
} from '../domain/members.ts';
import { requireRole } from '../domain/roles.ts';
import type { WorkspacesContext } from '../deps.ts';

type Input<T> = { input: T };
type MemberInput = { workspaceId: string; userId: string };

export const Mutation = {
  createWorkspace: (_: unknown, { input }: Input<{ name: string }>, ctx: WorkspacesContext) =>
    createWorkspace(ctx.deps, ctx.auth.requireUser(), input),
  renameWorkspace: async (
    _: unknown,
    { input }: Input<{ id: string; name: string }>,
    ctx: WorkspacesContext,
  ) => {
    const actor = await requireRole(ctx, input.id, 'ADMIN');
    return renameWorkspace(ctx.deps, actor.workspaceId, input.name);
  },
  deleteWorkspace: async (_: unknown, args: { id: string }, ctx: WorkspacesContext) => {
    const actor = await requireRole(ctx, args.id, 'OWNER');
    return deleteWorkspace(ctx.deps, actor.workspaceId);
  },
  inviteMember: async (
    _: unknown,
    { input }: Input<{ workspaceId: string; email: string; role: WorkspaceRole }>,
    ctx: WorkspacesContext,
  ) => {
    const actor = await requireRole(ctx, input.workspaceId, 'ADMIN');
    return inviteMember(
      ctx.deps,
      { ...actor, email: ctx.caller.email },
      { ...input, workspaceId: actor.workspaceId },
    );
  },
  revokeInvitation: async (_: unknown, args: { id: string }, ctx: WorkspacesContext) => {
    ctx.auth.requireUser();
    const workspaceId = await invitationWorkspaceId(ctx.deps, args.id);
    // Another workspace's invitation does not exist for the caller (no existence oracle).
    if (!(await ctx.loaders.myMembership.load(workspaceId))) throw notFound('Invitation', args.id);
    const actor = await requireRole(ctx, workspaceId, 'ADMIN');
    return revokeInvitation(ctx.deps, actor.workspaceId, args.id);
  },
  acceptInvitation: (_: unknown, args: { token: string }, ctx: WorkspacesContext) =>
    acceptInvitation(
      ctx.deps,
      { userId: ctx.auth.requireUser(), email: ctx.caller.email },
      args.token,
    ),
  changeMemberRole: async (
    _: unknown,
    { input }: Input<MemberInput & { role: WorkspaceRole }>,
    ctx: WorkspacesContext,
  ) => {
    const actor = await requireRole(ctx, input.workspaceId, 'ADMIN');
    return changeMemberRole(ctx.deps, actor, { ...input, workspaceId: actor.workspaceId });
  },
  removeMember: async (_: unknown, { input }: Input<MemberInput>, ctx: WorkspacesContext) => {
    const actor = await requireRole(ctx, input.workspaceId, 'ADMIN');
    return removeMember(ctx.deps, actor, { ...input, workspaceId: actor.workspaceId });
  },
  leaveWorkspace: async (_: unknown, args: { workspaceId: string }, ctx: WorkspacesContext) =>
    leaveWorkspace(ctx.deps, await requireRole(ctx, args.workspaceId, 'VIEWER')),
  transferOwnership: async (_: unknown, { input }: Input<MemberInput>, ctx: WorkspacesContext) =>
    transferOwnership(ctx.deps, await requireRole(ctx, input.workspaceId, 'OWNER'), input.userId),
  updateWorkspaceSettings: async (
    _: unknown,
    { input }: Input<{ workspaceId: string; requireWriteConfirmation?: boolean | null }>,
    ctx: WorkspacesContext,
  ) => {
    const actor = await requireRole(ctx, input.workspaceId, 'ADMIN');
    return updateWorkspaceSettings(ctx.deps, actor.workspaceId, input);
  },
};
