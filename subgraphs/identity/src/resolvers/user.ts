import type { IdentityContext } from '../deps.ts';

export const User = {
  // The gateway sends every reference of one fetch together; the loader makes them one query.
  __resolveReference: (ref: { id: string }, ctx: IdentityContext) => ctx.users.load(ref.id),
  emailVerified: (user: { emailVerifiedAt: Date | null }) => user.emailVerifiedAt !== null,
};
