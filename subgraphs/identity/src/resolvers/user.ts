import type { User as UserRow } from '../db.ts';
import type { IdentityContext } from '../deps.ts';
import { platformRoleOf } from '../domain/platform-role.ts';

export const User = {
  // The gateway sends every reference of one fetch together; the loader makes them one query.
  __resolveReference: (ref: { id: string }, ctx: IdentityContext) => ctx.users.load(ref.id),
  emailVerified: (user: { emailVerifiedAt: Date | null }) => user.emailVerifiedAt !== null,
  // Who administers the platform is told to that person, and to administrators.
  platformRole: (user: UserRow, _: unknown, ctx: IdentityContext) =>
    ctx.caller.userId === user.id || ctx.caller.platformRole === 'ADMIN'
      ? platformRoleOf(ctx.deps.config, user.email)
      : null,
};
