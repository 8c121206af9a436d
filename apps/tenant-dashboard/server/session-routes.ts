import type http from 'node:http';
import type { Logger } from 'pino';

/** The httpOnly cookie that carries the refresh token; JavaScript never sees it. */
export const SESSION_COOKIE = 'pyat_session';
const COOKIE_PATH = '/api/session';
// The identity service keeps a refresh token for 30 days; the cookie lives as long.
const COOKIE_MAX_AGE_SECONDS = 30 * 24 * 3600;
const MAX_BODY_BYTES = 16 * 1024;
// A refresh token works once. Two tabs (or a retried request) presenting the same one within
// this window get the same new tokens instead of the second use ending the whole session.
const REUSE_WINDOW_MS = 10_000;

const AUTH_FIELDS = 'accessToken accessTokenExpiresAt refreshToken user { id email name }';
const OPERATIONS = {
  login: `mutation ($input: LogInInput!) { result: logIn(input: $input) { ${AUTH_FIELDS} } }`,
  signup: `mutation ($input: SignUpInput!) { result: signUp(input: $input) { ${AUTH_FIELDS} } }`,
  refresh: `mutation ($token: String!) { result: refreshSession(refreshToken: $token) { ${AUTH_FIELDS} } }`,
  logout: `mutation ($token: String) { result: logOut(refreshToken: $token) }`,
};

interface GatewayError {
  message: string;
  extensions?: { code?: string; retryAfterSeconds?: number };
}
interface AuthPayload {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
  user: { id: string; email: string; name: string };
}
type Outcome<T> = { ok: true; value: T } | { ok: false; error: GatewayError; status: number };

const STATUS_BY_CODE: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  RATE_LIMITED: 429,
};

class RequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function readCookie(req: http.IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

function sessionCookie(req: http.IncomingMessage, token: string | null): string {
  const secure =
    (req.socket as { encrypted?: boolean }).encrypted ||
    req.headers['x-forwarded-proto'] === 'https';
  return [
    `${SESSION_COOKIE}=${token ? encodeURIComponent(token) : ''}`,
    `Path=${COOKIE_PATH}`,
    'HttpOnly',
    'SameSite=Strict',
    `Max-Age=${token ? COOKIE_MAX_AGE_SECONDS : 0}`,
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}

async function readJson(req: http.IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new RequestError(413, 'BAD_REQUEST', 'Request too large.');
    chunks.push(chunk as Buffer);
  }
  if (size === 0) return {};
  try {
    const body: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    if (body && typeof body === 'object' && !Array.isArray(body))
      return body as Record<string, unknown>;
  } catch {
    // answered below
  }
  throw new RequestError(400, 'BAD_REQUEST', 'The request body must be a JSON object.');
}

function send(res: http.ServerResponse, status: number, body?: unknown, cookie?: string) {
  const headers: http.OutgoingHttpHeaders = { 'cache-control': 'no-store' };
  if (cookie) headers['set-cookie'] = cookie;
  if (body === undefined) {
    res.writeHead(status, headers).end();
    return;
  }
  headers['content-type'] = 'application/json';
  res.writeHead(status, headers).end(JSON.stringify(body));
}

/** Refuses requests another site could make: only same-origin JSON POSTs reach the handlers. */
function assertSameOrigin(req: http.IncomingMessage) {
  if (req.method !== 'POST') throw new RequestError(405, 'BAD_REQUEST', 'Use POST.');
  if (!req.headers['content-type']?.startsWith('application/json'))
    throw new RequestError(415, 'BAD_REQUEST', 'Send JSON.');
  const origin = req.headers.origin;
  if (origin && origin !== 'null') {
    let host: string | undefined;
    try {
      host = new URL(origin).host;
    } catch {
      host = undefined;
    }
    if (host !== req.headers.host)
      throw new RequestError(403, 'FORBIDDEN', 'Cross-site requests are refused.');
  }
}

function text(value: unknown, name: string): string {
  if (typeof value !== 'string' || value.length === 0)
    throw new RequestError(400, 'BAD_USER_INPUT', `${name} is required.`);
  return value;
}

export interface SessionRoutes {
  /** Handles /api/session/<action>; false when the path is not one of them. */
  handle(req: http.IncomingMessage, res: http.ServerResponse, pathname: string): boolean;
}

/**
 * Sign-in, sign-up, refresh and sign-out for the browser: the access token goes to the page
 * (kept in memory), the refresh token into an httpOnly, SameSite=Strict cookie.
 */
export function createSessionRoutes(gatewayUrl: string, log: Logger): SessionRoutes {
  const recentRefreshes = new Map<string, Promise<Outcome<AuthPayload>>>();

  async function call<T>(
    req: http.IncomingMessage,
    query: string,
    variables: Record<string, unknown>,
    authorization?: string,
  ): Promise<Outcome<T>> {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'x-forwarded-for': [req.headers['x-forwarded-for'], req.socket.remoteAddress]
        .filter(Boolean)
        .join(', '),
    };
    if (authorization) headers.authorization = authorization;
    let body: { data?: { result?: T } | null; errors?: GatewayError[] };
    try {
      const answer = await fetch(gatewayUrl, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(15_000),
      });
      body = (await answer.json()) as typeof body;
    } catch (error) {
      log.warn({ err: error }, 'gateway unreachable for a session request');
      return {
        ok: false,
        status: 502,
        error: {
          message: 'The platform API is not reachable right now. Try again in a moment.',
          extensions: { code: 'UPSTREAM_UNAVAILABLE' },
        },
      };
    }
    const error = body.errors?.[0];
    if (error || body.data?.result === undefined) {
      const code = error?.extensions?.code ?? 'UPSTREAM_UNAVAILABLE';
      return {
        ok: false,
        status: STATUS_BY_CODE[code] ?? 502,
        error: error ?? { message: 'No answer.', extensions: { code } },
      };
    }
    return { ok: true, value: body.data.result as T };
  }

  function refresh(req: http.IncomingMessage, token: string): Promise<Outcome<AuthPayload>> {
    let pending = recentRefreshes.get(token);
    if (!pending) {
      pending = call<AuthPayload>(req, OPERATIONS.refresh, { token });
      recentRefreshes.set(token, pending);
      setTimeout(() => recentRefreshes.delete(token), REUSE_WINDOW_MS).unref();
    }
    return pending;
  }

  // Refusals (wrong password, no session) answer 200 with an error, as GraphQL does: they are
  // expected outcomes, and a 4xx would put an error in the browser's console on every visit.
  function answer(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    outcome: Outcome<AuthPayload>,
    refreshing = false,
  ) {
    if (!outcome.ok) {
      // A refused refresh token is spent: drop the cookie. A wrong password changes nothing.
      const clear = refreshing && outcome.status === 401 ? sessionCookie(req, null) : undefined;
      send(res, outcome.status >= 500 ? outcome.status : 200, { error: outcome.error }, clear);
      return;
    }
    const { refreshToken, ...session } = outcome.value;
    send(res, 200, session, sessionCookie(req, refreshToken));
  }

  async function run(req: http.IncomingMessage, res: http.ServerResponse, action: string) {
    assertSameOrigin(req);
    const body = await readJson(req);
    switch (action) {
      case 'login': {
        const input = {
          email: text(body.email, 'Email'),
          password: text(body.password, 'Password'),
        };
        return answer(req, res, await call<AuthPayload>(req, OPERATIONS.login, { input }));
      }
      case 'signup': {
        const input = {
          email: text(body.email, 'Email'),
          password: text(body.password, 'Password'),
          name: text(body.name, 'Name'),
        };
        return answer(req, res, await call<AuthPayload>(req, OPERATIONS.signup, { input }));
      }
      case 'refresh': {
        const token = readCookie(req, SESSION_COOKIE);
        if (!token) {
          const error = {
            message: 'You are not signed in.',
            extensions: { code: 'UNAUTHENTICATED' },
          };
          return send(res, 200, { error });
        }
        return answer(req, res, await refresh(req, token), true);
      }
      case 'logout': {
        const token = readCookie(req, SESSION_COOKIE);
        const authorization = req.headers.authorization;
        // Ends the session on the server when we can; the cookie goes either way.
        if (token && authorization) await call(req, OPERATIONS.logout, { token }, authorization);
        return send(res, 204, undefined, sessionCookie(req, null));
      }
      default:
        throw new RequestError(404, 'NOT_FOUND', 'No such session action.');
    }
  }

  return {
    handle(req, res, pathname) {
      if (!pathname.startsWith(`${COOKIE_PATH}/`)) return false;
      run(req, res, pathname.slice(COOKIE_PATH.length + 1)).catch((error: unknown) => {
        if (error instanceof RequestError) {
          send(res, error.status, {
            error: { message: error.message, extensions: { code: error.code } },
          });
          return;
        }
        log.error({ err: error }, 'session request failed');
        if (!res.headersSent) send(res, 500, { error: { message: 'Unexpected error.' } });
      });
      return true;
    },
  };
}
