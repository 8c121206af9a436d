import { badUserInput } from '@pyairtable/subgraph-kit';
import type { IdentityDeps } from '../deps.ts';
import { sendAccountEmail } from './account-tokens.ts';
import { hashPassword } from './passwords.ts';
import { hashSecret } from './secrets.ts';
import { validEmail, validPassword } from './validate.ts';

/**
 * Emails a reset link when the address has an account. Answers the same either way, so the
 * question cannot tell anyone which addresses have accounts.
 */
export async function requestPasswordReset(deps: IdentityDeps, rawEmail: string): Promise<true> {
  const email = validEmail(rawEmail);
  const user = await deps.db.findUserByEmail(email);
  if (user) await sendAccountEmail(deps, user, 'PASSWORD_RESET');
  return true;
}

/** Sets a new password with an emailed token (once, within 30 minutes); ends every session. */
export async function resetPassword(
  deps: IdentityDeps,
  input: { token: string; newPassword: string },
): Promise<true> {
  const password = validPassword(input.newPassword, 'newPassword');
  const now = deps.clock();
  const userId = await deps.db.useAccountToken(hashSecret(input.token), 'PASSWORD_RESET', now);
  if (!userId)
    throw badUserInput(
      'This reset link is invalid, expired or used already. Ask for a new one.',
      'token',
    );
  await deps.db.updatePasswordHash(userId, await hashPassword(password));
  await deps.db.revokeUserSessions(userId, 'PASSWORD_RESET', now);
  // Whoever read the email owns the address too.
  await deps.db.markEmailVerified(userId, now);
  deps.logger.info({ userId }, 'password reset');
  return true;
}
