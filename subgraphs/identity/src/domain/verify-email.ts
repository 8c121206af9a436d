import { badUserInput, unauthenticated } from '@pyairtable/subgraph-kit';
import type { IdentityDeps } from '../deps.ts';
import { sendAccountEmail } from './account-tokens.ts';
import { hashSecret } from './secrets.ts';

/** Confirms an address with the token from the sign-up email; returns the user. */
export async function verifyEmail(deps: IdentityDeps, token: string) {
  const now = deps.clock();
  const userId = await deps.db.useAccountToken(hashSecret(token), 'EMAIL_VERIFICATION', now);
  if (!userId)
    throw badUserInput(
      'This confirmation link is invalid, expired or used already. Ask for a new one.',
      'token',
    );
  await deps.db.markEmailVerified(userId, now);
  return deps.db.findUserById(userId);
}

/** Emails the signed-in user a new confirmation link (nothing when confirmed already). */
export async function resendVerificationEmail(deps: IdentityDeps, userId: string) {
  const user = await deps.db.findUserById(userId);
  if (!user) throw unauthenticated();
  if (user.emailVerifiedAt) return false;
  return sendAccountEmail(deps, user, 'EMAIL_VERIFICATION');
}
