import { unauthenticated } from '@pyairtable/subgraph-kit';
import type { IdentityDeps } from '../deps.ts';
import { hashSecret } from './secrets.ts';
import { issueTokens, newRefreshToken } from './start-session.ts';

const INVALID = 'Your session has ended. Sign in again.';

/**
 * Exchanges a refresh token for a new one (rotation). A token that was already exchanged
 * has leaked: its whole session is revoked.
 */
export async function refreshSession(deps: IdentityDeps, refreshToken: string) {
  const now = deps.clock();
  const found = await deps.db.findRefreshToken(hashSecret(refreshToken));
  if (!found || found.session.revokedAt || found.expiresAt <= now) throw unauthenticated(INVALID);
  const next = newRefreshToken(deps, now);
  const rotated =
    found.usedAt === null &&
    (await deps.db.rotateRefreshToken(found.id, found.sessionId, next.stored, now));
  if (!rotated) {
    await deps.db.revokeSession(found.sessionId, 'REUSE_DETECTED', now);
    deps.logger.warn(
      { sessionId: found.sessionId, userId: found.session.userId },
      'refresh token reuse: session revoked',
    );
    // The reason reaches the audit log (identity.refreshTokenReused); the holder of a
    // leaked token learns nothing it did not know.
    throw unauthenticated(INVALID, 'REFRESH_TOKEN_REUSED');
  }
  const user = await deps.db.findUserById(found.session.userId);
  if (!user || user.disabledAt) throw unauthenticated(INVALID);
  return issueTokens(deps, user, found.sessionId, next.token, now);
}
