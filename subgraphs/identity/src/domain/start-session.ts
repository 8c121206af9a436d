import { signAccessToken } from '@pyairtable/subgraph-kit';
import type { User } from '../db.ts';
import type { IdentityDeps } from '../deps.ts';
import { hashSecret, newSecret } from './secrets.ts';

export interface AuthPayload {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  user: User;
}

/** A new refresh token and what we store for it. */
export function newRefreshToken(deps: IdentityDeps, now: Date) {
  const token = `rt_${newSecret()}`;
  const expiresAt = new Date(now.getTime() + deps.config.REFRESH_TOKEN_TTL_DAYS * 86_400_000);
  return { token, stored: { tokenHash: hashSecret(token), expiresAt } };
}

/** The tokens a client gets for a session. */
export async function issueTokens(
  deps: IdentityDeps,
  user: User,
  sessionId: string,
  refreshToken: string,
  now: Date,
): Promise<AuthPayload> {
  const access = await signAccessToken(
    deps.config.JWT_SECRET,
    { userId: user.id, email: user.email, sessionId },
    now,
    deps.config.ACCESS_TOKEN_TTL_SECONDS,
  );
  return { accessToken: access.token, accessTokenExpiresAt: access.expiresAt, refreshToken, user };
}

/** Starts a new session (a refresh-token family) for a user. */
export async function startSession(deps: IdentityDeps, user: User): Promise<AuthPayload> {
  const now = deps.clock();
  const refresh = newRefreshToken(deps, now);
  const session = await deps.db.insertSession(user.id, refresh.stored);
  return issueTokens(deps, user, session.id, refresh.token, now);
}
