import { notFound, requirePlatformAdmin, uuidOrNotFound } from '@pyairtable/subgraph-kit';
import { listWorkspaces } from '../domain/admin/list-workspaces.ts';
import { setWorkspaceSuspended } from '../domain/admin/set-workspace-suspended.ts';
import { readFeatureFlags } from '../domain/flags/read-feature-flags.ts';
import { setFeatureFlag } from '../domain/flags/set-feature-flag.ts';
import { requireRole } from '../domain/roles.ts';
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
  featureFlags: async (
    _: unknown,
    args: { workspaceId?: string | null },
    ctx: WorkspacesContext,
  ) => {
    ctx.auth.requireUser();
    if (args.workspaceId) await requireRole(ctx, args.workspaceId, 'VIEWER');
    return readFeatureFlags(ctx.deps, args.workspaceId ?? null);
  },
  adminFeatureFlags: async (
    _: unknown,
    args: { workspaceId?: string | null },
    ctx: WorkspacesContext,
  ) => {
    requirePlatformAdmin(ctx.caller);
    const workspaceId = args.workspaceId ? uuidOrNotFound(args.workspaceId, 'Workspace') : null;
    return readFeatureFlags(ctx.deps, workspaceId);
  },
};

export const adminMutations = {
  adminSuspendWorkspace: (_: unknown, args: Id, ctx: WorkspacesContext) =>
    setWorkspaceSuspended(ctx.deps, ctx.caller, args.id, true),
  adminRestoreWorkspace: (_: unknown, args: Id, ctx: WorkspacesContext) =>
    setWorkspaceSuspended(ctx.deps, ctx.caller, args.id, false),
  adminSetFeatureFlag: (
    _: unknown,
    args: { input: { key: string; workspaceId?: string | null; enabled?: boolean | null } },
    ctx: WorkspacesContext,
  ) => setFeatureFlag(ctx.deps, ctx.caller, args.input),
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
