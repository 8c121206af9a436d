import { SignJWT, jwtVerify } from 'jose';

const ISSUER = 'pyairtable-identity';
const AUDIENCE = 'pyairtable-api';

/** Personal API keys start with this, so the gateway can tell them from JWTs. */
export const API_KEY_PREFIX = 'pyat_';

export interface AccessClaims {
  userId: string;
  email: string;
  sessionId: string;
  expiresAt: Date;
}

function key(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

/** Signs a short-lived access JWT (HS256) for a session. */
export async function signAccessToken(
  secret: string,
  claims: { userId: string; email: string; sessionId: string },
  now: Date,
  ttlSeconds: number,
): Promise<{ token: string; expiresAt: Date }> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  const expiresAt = new Date((issuedAt + ttlSeconds) * 1000);
  const token = await new SignJWT({ sid: claims.sessionId, email: claims.email })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.userId)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + ttlSeconds)
    .sign(key(secret));
  return { token, expiresAt };
}

/** Verifies an access JWT; returns its claims or null when invalid or expired. */
export async function verifyAccessToken(
  secret: string,
  token: string,
  now = new Date(),
): Promise<AccessClaims | null> {
  try {
    const { payload } = await jwtVerify(token, key(secret), {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: ['HS256'],
      currentDate: now,
    });
    const { sub, sid, email, exp } = payload;
    if (typeof sub !== 'string' || typeof sid !== 'string' || typeof email !== 'string' || !exp)
      return null;
    return { userId: sub, email, sessionId: sid, expiresAt: new Date(exp * 1000) };
  } catch {
    return null;
  }
}
