import { notFound, requirePlatformAdmin, uuidOrNotFound } from '@pyairtable/subgraph-kit';
import { adminUserOf, type AdminUser as AdminUserRow } from '../domain/admin/admin-user.ts';
import { listUsers } from '../domain/admin/list-users.ts';
import { readSystemHealth } from '../domain/admin/read-system-health.ts';
import { setUserDisabled } from '../domain/admin/set-user-disabled.ts';
import { signOutUser } from '../domain/admin/sign-out-user.ts';
import type { IdentityContext } from '../deps.ts';

type Id = { id: string };
type Page = { search?: string | null; first?: number | null; after?: string | null };

/** The one overview object; each subgraph resolves its own counts on it. */
export const OVERVIEW_ID = 'platform';

export const adminQueries = {
  adminUsers: (_: unknown, args: Page, ctx: IdentityContext) =>
    listUsers(ctx.deps, ctx.caller, args),
  adminUser: async (_: unknown, args: Id, ctx: IdentityContext) => {
    requirePlatformAdmin(ctx.caller);
    const user = await ctx.users.load(uuidOrNotFound(args.id, 'User'));
    if (!user) throw notFound('User', args.id);
    return adminUserOf(ctx.deps, user);
  },
  adminOverview: (_: unknown, __: unknown, ctx: IdentityContext) => {
    requirePlatformAdmin(ctx.caller);
    return { id: OVERVIEW_ID };
  },
  adminSystemHealth: (_: unknown, __: unknown, ctx: IdentityContext) =>
    readSystemHealth(ctx.deps, ctx.caller),
};

export const adminMutations = {
  adminDisableUser: (_: unknown, args: Id, ctx: IdentityContext) =>
    setUserDisabled(ctx.deps, ctx.caller, args.id, true),
  adminEnableUser: (_: unknown, args: Id, ctx: IdentityContext) =>
    setUserDisabled(ctx.deps, ctx.caller, args.id, false),
  adminSignOutUser: (_: unknown, args: Id, ctx: IdentityContext) =>
    signOutUser(ctx.deps, ctx.caller, args.id),
};

export const AdminUser = {
  activeSessions: async (user: AdminUserRow, _: unknown, ctx: IdentityContext) =>
    (await ctx.credentials.load(user.id)).sessions,
  activeApiKeys: async (user: AdminUserRow, _: unknown, ctx: IdentityContext) =>
    (await ctx.credentials.load(user.id)).apiKeys,
  user: (user: AdminUserRow) => ({ id: user.id }),
};

export const AdminOverview = {
  // Every field is the administrators' alone, however the gateway reaches the object.
  __resolveReference: (ref: Id, ctx: IdentityContext) => {
    requirePlatformAdmin(ctx.caller);
    return ref;
  },
  users: async (_: Id, __: unknown, ctx: IdentityContext) => {
    requirePlatformAdmin(ctx.caller);
    return (await ctx.deps.db.countUsers()).users;
  },
  disabledUsers: async (_: Id, __: unknown, ctx: IdentityContext) => {
    requirePlatformAdmin(ctx.caller);
    return (await ctx.deps.db.countUsers()).disabledUsers;
  },
};
