import {
  API_KEY_PREFIX,
  serviceCaller,
  signedFetch,
  verifyAccessToken,
  verifyRequest,
  type ApiKeyScopes,
  type Caller,
  type NonceCache,
  type PlatformRole,
  type SignedTarget,
} from '@pyairtable/subgraph-kit';
import { createSessionCheck } from './session-check.ts';

export interface Credentials {
  userId: string;
  email: string;
  sessionId: string | null;
  apiKeyId: string | null;
  /** What the API key may do (read-only, some bases); null for access tokens. */
  apiKeyScopes?: ApiKeyScopes | null;
  /** When the access token stops being valid (API keys have none). */
  expiresAt?: Date;
  /** The platform role of a session (API keys never carry one). */
  platformRole?: PlatformRole | null;
}

/** The caller a subgraph is told about (null credentials: anonymous, or the gateway itself). */
export function callerOf(
  credentials: Credentials | null,
  requestId: string,
  ip: string | null,
): Caller {
  return {
    requestId,
    userId: credentials?.userId ?? null,
    email: credentials?.email ?? null,
    sessionId: credentials?.sessionId ?? null,
    apiKeyId: credentials?.apiKeyId ?? null,
    apiKeyScopes: credentials?.apiKeyScopes ?? null,
    platformRole: credentials?.platformRole ?? null,
    ip,
    issuedAt: Date.now(),
  };
}

export type AuthResult =
  { ok: true; credentials: Credentials | null } | { ok: false; message: string };

// A verified API key is remembered briefly (cacheMs) so each request does not cost a round
// trip to identity; a revoked key therefore stops working within that window.
const API_KEY_CACHE_MAX = 10_000;
// Access tokens are a few hundred characters and API keys fewer: anything longer, or with
// characters neither can hold, is refused here rather than sent to identity (whose body limit
// would make it an outage) or to the JWT parser.
const MAX_BEARER_LENGTH = 4096;
const BEARER = /^Bearer\s+([\w.~+/=-]+)$/i;

/** Turns an Authorization header into credentials: a JWT checked locally, or an API key checked by identity. */
export function createAuthenticator(options: {
  jwtSecret: string;
  signingSecret: string;
  identityUrl: string;
  cacheMs: number;
  /** How long a session's state (ended, disabled user, platform role) is trusted. */
  sessionCacheMs: number;
  /** False: access tokens are trusted until they expire (SESSION_CHECK=off, tests only). */
  checkSessions?: boolean;
}) {
  const checkSession = createSessionCheck({
    identityUrl: options.identityUrl,
    signingSecret: options.signingSecret,
    cacheMs: options.sessionCacheMs,
  });
  const verifyUrl = new URL('/internal/api-keys/verify', options.identityUrl).toString();
  const apiKeys = new Map<string, { credentials: Credentials; expires: number }>();

  async function verifyApiKey(secret: string, requestId: string): Promise<Credentials | null> {
    const cached = apiKeys.get(secret);
    if (cached && cached.expires > Date.now()) return cached.credentials;
    const res = await signedFetch(
      verifyUrl,
      { body: JSON.stringify({ secret }), signal: AbortSignal.timeout(10_000) },
      { audience: 'identity', secret: options.signingSecret, caller: serviceCaller(requestId) },
    );
    if (res.status === 404) return null;
    if (!res.ok) throw new Error(`identity answered ${res.status} to an API key check`);
    const owner = (await res.json()) as {
      userId: string;
      email: string;
      apiKeyId: string;
      scopes?: ApiKeyScopes;
    };
    const credentials = {
      userId: owner.userId,
      email: owner.email,
      sessionId: null,
      apiKeyId: owner.apiKeyId,
      apiKeyScopes: owner.scopes ?? null,
    };
    if (apiKeys.size >= API_KEY_CACHE_MAX) apiKeys.clear();
    apiKeys.set(secret, { credentials, expires: Date.now() + options.cacheMs });
    return credentials;
  }

  return async function authenticate(
    authorization: string | undefined,
    requestId: string,
  ): Promise<AuthResult> {
    if (!authorization) return { ok: true, credentials: null };
    const match = authorization.length <= MAX_BEARER_LENGTH && BEARER.exec(authorization.trim());
    if (!match || !match[1])
      return {
        ok: false,
        message: 'Send credentials as "Authorization: Bearer <token or API key>".',
      };
    const token = match[1];
    if (token.startsWith(API_KEY_PREFIX)) {
      const credentials = await verifyApiKey(token, requestId);
      return credentials
        ? { ok: true, credentials }
        : { ok: false, message: 'This API key is invalid or revoked.' };
    }
    const claims = await verifyAccessToken(options.jwtSecret, token);
    if (!claims)
      return {
        ok: false,
        message: 'Your access token is invalid or expired. Refresh your session.',
      };
    const session =
      options.checkSessions === false
        ? { active: true, platformRole: null }
        : await checkSession(claims.sessionId, requestId);
    if (!session.active) return { ok: false, message: 'Your session has ended. Sign in again.' };
    return {
      ok: true,
      credentials: {
        userId: claims.userId,
        email: claims.email,
        sessionId: claims.sessionId,
        apiKeyId: null,
        expiresAt: claims.expiresAt,
        platformRole: session.platformRole,
      },
    };
  };
}

/**
 * A platform service acting for a person (the assistant running its tools) sends the
 * person's caller, re-signed with the shared secret, instead of their bearer. It is accepted
 * like the bearer would be: same identity, so permissions, rate limits and audit apply.
 */
export function authenticateSignedContext(
  header: string,
  target: SignedTarget,
  secret: string,
  nonces: NonceCache,
): AuthResult & { ip?: string | null } {
  const caller = verifyRequest(header, target, secret, nonces);
  if (!caller) return { ok: false, message: 'The signed context is invalid or stale.' };
  if (!caller.userId || !caller.email) return { ok: true, credentials: null, ip: caller.ip };
  return {
    ok: true,
    ip: caller.ip,
    credentials: {
      userId: caller.userId,
      email: caller.email,
      sessionId: caller.sessionId,
      apiKeyId: caller.apiKeyId,
      apiKeyScopes: caller.apiKeyScopes ?? null,
      platformRole: caller.platformRole ?? null,
    },
  };
}
