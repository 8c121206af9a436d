import type { IdentityDeps } from '../deps.ts';
import { hashSecret } from './secrets.ts';

/** Ends the session of a refresh token (if it is the caller's), or all of the caller's sessions. */
export async function logOut(
  deps: IdentityDeps,
  userId: string,
  refreshToken: string | null | undefined,
): Promise<boolean> {
  const now = deps.clock();
  if (!refreshToken) {
    await deps.db.revokeUserSessions(userId, 'LOGOUT', now);
    return true;
  }
  const found = await deps.db.findRefreshToken(hashSecret(refreshToken));
  if (found && found.session.userId === userId)
    await deps.db.revokeSession(found.sessionId, 'LOGOUT', now);
  return true;
}
