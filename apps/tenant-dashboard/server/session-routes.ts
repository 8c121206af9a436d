import type http from 'node:http';
import type { Logger } from 'pino';
import { COOKIE_PATH, readCookie, SESSION_COOKIE, sessionCookie } from './session-cookie.ts';
import { assertSameOrigin, readJson, RequestError, send, text } from './session-requests.ts';

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

export interface SessionRoutes {
  /** Handles /api/session/<action>; false when the path is not one of them. */
  handle(req: http.IncomingMessage, res: http.ServerResponse, pathname: string): boolean;
}

/**
 * Sign-in, sign-up, refresh and sign-out for the browser: the access token goes to the page
 * (kept in memory), the refresh token into an httpOnly, SameSite=Strict cookie.
 */
export function createSessionRoutes(
  gatewayUrl: string,
  log: Logger,
  options: { secureCookies: boolean },
): SessionRoutes {
  const cookie = (req: http.IncomingMessage, token: string | null) =>
    sessionCookie(req, token, options.secureCookies);
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
      const clear = refreshing && outcome.status === 401 ? cookie(req, null) : undefined;
      send(res, outcome.status >= 500 ? outcome.status : 200, { error: outcome.error }, clear);
      return;
    }
    const { refreshToken, ...session } = outcome.value;
    send(res, 200, session, cookie(req, refreshToken));
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
        return send(res, 204, undefined, cookie(req, null));
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
