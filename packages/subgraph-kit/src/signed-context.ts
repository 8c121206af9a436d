import { createHmac, timingSafeEqual } from 'node:crypto';

/** Header carrying the caller, signed by the gateway. */
export const CONTEXT_HEADER = 'x-pyairtable-context';
/** Header carrying the request id, gateway → subgraph. */
export const REQUEST_ID_HEADER = 'x-request-id';
/**
 * Header naming the path an operation came through for the audit log (mcp, assistant,
 * workflow); the gateway believes assistant and workflow only with a signed context.
 */
export const AUDIT_PATH_HEADER = 'x-pyairtable-path';

// A signed context is only good for a short while, so a captured header cannot be replayed later.
const MAX_AGE_MS = 60_000;

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

function hmac(payload: string, secret: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

/** Encodes and signs a caller for the context header. */
export function signCaller(caller: Caller, secret: string): string {
  const payload = Buffer.from(JSON.stringify(caller)).toString('base64url');
  return `v1.${payload}.${hmac(payload, secret)}`;
}

/** Verifies a context header; returns the caller, or null when missing, forged or stale. */
export function verifyCaller(
  header: string | undefined,
  secret: string,
  now = Date.now(),
): Caller | null {
  if (!header) return null;
  const [version, payload, signature] = header.split('.');
  if (version !== 'v1' || !payload || !signature) return null;
  const expected = Buffer.from(hmac(payload, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const caller = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Caller;
    if (typeof caller.issuedAt !== 'number' || Math.abs(now - caller.issuedAt) > MAX_AGE_MS)
      return null;
    return caller;
  } catch {
    return null;
  }
}
