import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Header carrying the caller, signed by the gateway for one request. */
export const CONTEXT_HEADER = 'x-pyairtable-context';
/** Header carrying the request id, gateway → subgraph. */
export const REQUEST_ID_HEADER = 'x-request-id';

// A signature is good for one request, to one service, for a short while: a captured header
// cannot be replayed later, twice, elsewhere, or with another body.
const MAX_AGE_MS = 30_000;
const VERSION = 'v2';

/** Limits of a personal API key: read-only, and/or only some bases (null: every base). */
export interface ApiKeyScopes {
  readOnly: boolean;
  baseIds: string[] | null;
}

/** Who is calling, as established by the gateway. */
export interface Caller {
  requestId: string;
  userId: string | null;
  /** The signed-in user's email (lowercased). */
  email: string | null;
  /** The session of the access token, when the caller used one. */
  sessionId: string | null;
  /** Set when the caller authenticated with a personal API key. */
  apiKeyId: string | null;
  /** The client's IP address as the gateway saw it. */
  ip: string | null;
  /** What the API key the caller used may do (absent for access tokens and old callers). */
  apiKeyScopes?: ApiKeyScopes | null;
  /** Milliseconds since the epoch when the gateway signed this. */
  issuedAt: number;
}

/** The request a signature is bound to. */
export interface SignedTarget {
  /** The service that must receive it: a subgraph's name, or "gateway". */
  audience: string;
  method: string;
  /** Path and query, exactly as sent (`/internal/record-changes?after=4`). */
  path: string;
  /** The body's bytes as sent (empty for none). */
  body?: string | Uint8Array | null;
}

interface Claims {
  caller: Caller;
  aud: string;
  method: string;
  path: string;
  /** SHA-256 of the body, base64url. */
  digest: string;
  nonce: string;
}

/** A platform service calling for itself (no person), e.g. a membership check. */
export function serviceCaller(requestId: string): Caller {
  return {
    requestId,
    userId: null,
    email: null,
    sessionId: null,
    apiKeyId: null,
    ip: null,
    issuedAt: Date.now(),
  };
}

const hmac = (payload: string, secret: string) =>
  createHmac('sha256', secret).update(payload).digest('base64url');
const digestOf = (body: SignedTarget['body']) =>
  createHash('sha256')
    .update(body ?? '')
    .digest('base64url');

/** Signs `caller` for exactly one request: the context header's value. */
export function signRequest(caller: Caller, target: SignedTarget, secret: string): string {
  const claims: Claims = {
    caller,
    aud: target.audience,
    method: target.method.toUpperCase(),
    path: target.path,
    digest: digestOf(target.body),
    nonce: randomBytes(16).toString('base64url'),
  };
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return `${VERSION}.${payload}.${hmac(payload, secret)}`;
}

/**
 * The nonces seen within the signatures' lifetime, so each signed request is accepted once.
 * Per process: a replica of a service keeps its own.
 */
export function createNonceCache(maxEntries = 1_000_000) {
  const expiries = new Map<string, number>();
  return {
    /** True the first time a nonce is claimed (before it expires); false after. */
    claim(nonce: string, now = Date.now()): boolean {
      for (const [seen, expires] of expiries) {
        if (expires > now && expiries.size < maxEntries) break;
        expiries.delete(seen);
      }
      if (expiries.has(nonce)) return false;
      expiries.set(nonce, now + 2 * MAX_AGE_MS);
      return true;
    },
  };
}
export type NonceCache = ReturnType<typeof createNonceCache>;

/**
 * Verifies a context header against the request that carried it; returns the caller, or null
 * when it is missing, forged, stale, replayed, or signed for another service, method, path or
 * body.
 */
export function verifyRequest(
  header: string | undefined,
  target: SignedTarget,
  secret: string,
  nonces: NonceCache,
  now = Date.now(),
): Caller | null {
  if (!header) return null;
  const [version, payload, signature] = header.split('.');
  if (version !== VERSION || !payload || !signature) return null;
  const expected = Buffer.from(hmac(payload, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  let claims: Claims;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Claims;
  } catch {
    return null;
  }
  const { caller } = claims;
  if (
    typeof caller?.issuedAt !== 'number' ||
    Math.abs(now - caller.issuedAt) > MAX_AGE_MS ||
    claims.aud !== target.audience ||
    claims.method !== target.method.toUpperCase() ||
    claims.path !== target.path ||
    claims.digest !== digestOf(target.body) ||
    typeof claims.nonce !== 'string'
  )
    return null;
  return nonces.claim(claims.nonce, now) ? caller : null;
}

/** The path and query of a URL, as its request line carries them. */
export function pathOf(url: string | URL): string {
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
}
