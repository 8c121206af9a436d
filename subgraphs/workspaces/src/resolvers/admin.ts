import { notFound, requirePlatformAdmin, uuidOrNotFound } from '@pyairtable/subgraph-kit';
import { listWorkspaces } from '../domain/admin/list-workspaces.ts';
import { setWorkspaceSuspended } from '../domain/admin/set-workspace-suspended.ts';
import type { WorkspacesContext } from '../deps.ts';

type Id = { id: string };
type AdminWorkspaceRow = { id: string; _count?: { memberships: number } };

export const adminQueries = {
  adminWorkspaces: (
    _: unknown,
    args: { search?: string | null; memberId?: string | null; first?: number; after?: string },
    ctx: WorkspacesContext,
  ) => listWorkspaces(ctx.deps, ctx.caller, args),
  adminWorkspace: async (_: unknown, args: Id, ctx: WorkspacesContext) => {
    requirePlatformAdmin(ctx.caller);
    const workspace = await ctx.deps.db.findWorkspaceForAdmin(uuidOrNotFound(args.id, 'Workspace'));
    if (!workspace) throw notFound('Workspace', args.id);
    return workspace;
  },
};

export const adminMutations = {
  adminSuspendWorkspace: (_: unknown, args: Id, ctx: WorkspacesContext) =>
    setWorkspaceSuspended(ctx.deps, ctx.caller, args.id, true),
  adminRestoreWorkspace: (_: unknown, args: Id, ctx: WorkspacesContext) =>
    setWorkspaceSuspended(ctx.deps, ctx.caller, args.id, false),
};

export const AdminWorkspace = {
  __resolveReference: (ref: Id, ctx: WorkspacesContext) => {
    requirePlatformAdmin(ctx.caller);
    return ctx.deps.db.findWorkspaceForAdmin(ref.id);
  },
  memberCount: (workspace: AdminWorkspaceRow) => workspace._count?.memberships ?? 0,
  members: (workspace: AdminWorkspaceRow, _: unknown, ctx: WorkspacesContext) =>
    ctx.loaders.members.load(workspace.id),
};

export const AdminOverview = {
  __resolveReference: (ref: Id, ctx: WorkspacesContext) => {
    requirePlatformAdmin(ctx.caller);
    return ref;
  },
  tenants: async (_: Id, __: unknown, ctx: WorkspacesContext) => {
    requirePlatformAdmin(ctx.caller);
    return (await ctx.deps.db.countWorkspaces()).tenants;
  },
  suspendedTenants: async (_: Id, __: unknown, ctx: WorkspacesContext) => {
    requirePlatformAdmin(ctx.caller);
    return (await ctx.deps.db.countWorkspaces()).suspendedTenants;
  },
};
