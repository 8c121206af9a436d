import type { IdentityContext } from '../deps.ts';

export const Query = {
  me: (_: unknown, __: unknown, ctx: IdentityContext) =>
    ctx.auth.userId ? ctx.users.load(ctx.auth.userId) : null,
  apiKeys: (_: unknown, __: unknown, ctx: IdentityContext) =>
    ctx.deps.db.listApiKeys(ctx.auth.requireUser()),
};
