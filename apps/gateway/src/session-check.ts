import { serviceCaller, signedFetch, type PlatformRole } from '@pyairtable/subgraph-kit';

export interface SessionState {
  /** False once the session was ended (log out, sign out everywhere) or its user disabled. */
  active: boolean;
  platformRole: PlatformRole | null;
}

const CACHE_MAX = 10_000;

/**
 * Asks identity whether an access token's session still holds, and with which platform role.
 * An access token lives 15 minutes; this check makes a disabled user or an ended session stop
 * within `cacheMs` instead, at one identity request per session per `cacheMs`.
 */
export function createSessionCheck(options: {
  identityUrl: string;
  signingSecret: string;
  cacheMs: number;
}) {
  const url = new URL('/internal/sessions/verify', options.identityUrl).toString();
  const cache = new Map<string, { state: Promise<SessionState>; expires: number }>();

  async function ask(sessionId: string, requestId: string): Promise<SessionState> {
    const res = await signedFetch(
      url,
      { body: JSON.stringify({ sessionId }), signal: AbortSignal.timeout(10_000) },
      { audience: 'identity', secret: options.signingSecret, caller: serviceCaller(requestId) },
    );
    if (!res.ok) throw new Error(`identity answered ${res.status} to a session check`);
    return (await res.json()) as SessionState;
  }

  return function checkSession(sessionId: string, requestId: string): Promise<SessionState> {
    const hit = cache.get(sessionId);
    if (hit && hit.expires > Date.now()) return hit.state;
    if (cache.size >= CACHE_MAX) cache.clear();
    // Requests of one session arriving together share one question.
    const entry = { state: ask(sessionId, requestId), expires: Infinity };
    cache.set(sessionId, entry);
    entry.state.then(
      () => (entry.expires = Date.now() + options.cacheMs),
      () => cache.get(sessionId) === entry && cache.delete(sessionId),
    );
    return entry.state;
  };
}

export type SessionCheck = ReturnType<typeof createSessionCheck>;
