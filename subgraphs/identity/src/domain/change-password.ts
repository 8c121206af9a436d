import { badUserInput, unauthenticated } from '@pyairtable/subgraph-kit';
import type { IdentityDeps } from '../deps.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { validPassword } from './validate.ts';

/** Changes a password after checking the current one; ends the user's other sessions. */
export async function changePassword(
  deps: IdentityDeps,
  caller: { userId: string; sessionId: string | null },
  input: { currentPassword: string; newPassword: string },
): Promise<boolean> {
  const user = await deps.db.findUserById(caller.userId);
  if (!user) throw unauthenticated();
  if (!(await verifyPassword(input.currentPassword, user.passwordHash))) {
    throw badUserInput('Current password is incorrect.', 'currentPassword');
  }
  const password = validPassword(input.newPassword, 'newPassword');
  await deps.db.updatePasswordHash(user.id, await hashPassword(password));
  await deps.db.revokeUserSessions(
    user.id,
    'PASSWORD_CHANGED',
    deps.clock(),
    caller.sessionId ?? undefined,
  );
  deps.logger.info({ userId: user.id }, 'password changed');
  return true;
}
