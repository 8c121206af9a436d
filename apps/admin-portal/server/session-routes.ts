import type http from 'node:http';
import type { Logger } from 'pino';

/** The portal's own cookie name: cookies ignore ports, and the tenant dashboard has its own. */
const COOKIE = 'pyat_admin_session';
const COOKIE_PATH = '/api/session';
const MAX_BODY_BYTES = 16 * 1024;

const AUTH_FIELDS =
  'accessToken accessTokenExpiresAt refreshToken user { id email name platformRole }';
const OPERATIONS = {
  login: `mutation ($input: LogInInput!) { result: logIn(input: $input) { ${AUTH_FIELDS} } }`,
  refresh: `mutation ($token: String!) { result: refreshSession(refreshToken: $token) { ${AUTH_FIELDS} } }`,
  logout: `mutation ($token: String) { result: logOut(refreshToken: $token) }`,
  // Asked with the new session's own token: the role is told to its holder.
  role: `query { result: me { platformRole } }`,
};

interface GatewayError {
  message: string;
  extensions?: { code?: string };
}
interface AuthPayload {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
  user: { id: string; email: string; name: string };
}
type Outcome<T> = { ok: true; value: T } | { ok: false; error: GatewayError };

const NOT_ADMIN: GatewayError = {
  message: 'The admin portal is for platform administrators only.',
  extensions: { code: 'FORBIDDEN' },
};

function readCookie(req: http.IncomingMessage): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === COOKIE) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

async function readJson(req: http.IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return {};
    chunks.push(chunk as Buffer);
  }
  try {
    const body: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
    return body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/**
 * Sign-in, refresh and sign-out for the portal's pages: the access token goes to the page (in
 * memory), the refresh token into an httpOnly, SameSite=Strict cookie. Only platform
 * administrators get a session here: anyone else's is ended at once (the graph refuses them
 * every admin field regardless).
 */
export function createSessionRoutes(gatewayUrl: string, log: Logger, secureCookies: boolean) {
  const cookie = (req: http.IncomingMessage, token: string | null) =>
    [
      `${COOKIE}=${token ? encodeURIComponent(token) : ''}`,
      `Path=${COOKIE_PATH}`,
      'HttpOnly',
      'SameSite=Strict',
      `Max-Age=${token ? 30 * 24 * 3600 : 0}`,
      ...(secureCookies || req.headers['x-forwarded-proto'] === 'https' ? ['Secure'] : []),
    ].join('; ');

  async function call<T>(
    req: http.IncomingMessage,
    query: string,
    variables: object,
    authorization?: string,
  ): Promise<Outcome<T>> {
    try {
      const answer = await fetch(gatewayUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-forwarded-for': [req.headers['x-forwarded-for'], req.socket.remoteAddress]
            .filter(Boolean)
            .join(', '),
          ...(authorization ? { authorization } : {}),
        },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(15_000),
      });
      const body = (await answer.json()) as { data?: { result?: T }; errors?: GatewayError[] };
      if (body.errors?.[0] || body.data?.result === undefined)
        return { ok: false, error: body.errors?.[0] ?? { message: 'No answer.' } };
      return { ok: true, value: body.data.result };
    } catch (error) {
      log.warn({ err: error }, 'gateway unreachable for a session request');
      return {
        ok: false,
        error: {
          message: 'The platform API is not reachable right now. Try again in a moment.',
          extensions: { code: 'UPSTREAM_UNAVAILABLE' },
        },
      };
    }
  }

  const send = (res: http.ServerResponse, status: number, body?: object, setCookie?: string) => {
    res.writeHead(status, {
      'content-type': 'application/json',
      'cache-control': 'no-store',
      ...(setCookie ? { 'set-cookie': setCookie } : {}),
    });
    res.end(body ? JSON.stringify(body) : undefined);
  };

  // Refusals answer 200 with an error, as GraphQL does: they are expected outcomes, and a 4xx
  // would put an error in the browser's console.
  async function answer(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    outcome: Outcome<AuthPayload>,
  ) {
    if (!outcome.ok) return send(res, 200, { error: outcome.error }, cookie(req, null));
    const { refreshToken, ...session } = outcome.value;
    const bearer = `Bearer ${session.accessToken}`;
    const role = await call<{ platformRole: string | null }>(req, OPERATIONS.role, {}, bearer);
    if (!role.ok || role.value.platformRole !== 'ADMIN') {
      await call(req, OPERATIONS.logout, { token: refreshToken }, bearer);
      return send(res, 200, { error: NOT_ADMIN }, cookie(req, null));
    }
    send(res, 200, session, cookie(req, refreshToken));
  }

  async function run(req: http.IncomingMessage, res: http.ServerResponse, action: string) {
    // Same-origin only: a page elsewhere cannot sign someone in or out here.
    const origin = req.headers.origin;
    if (req.method !== 'POST' || (origin && new URL(origin).host !== req.headers.host))
      return send(res, 403, { error: { message: 'Refused.', extensions: { code: 'FORBIDDEN' } } });
    const body = await readJson(req);
    const token = readCookie(req);
    if (action === 'login') {
      const input = { email: String(body.email ?? ''), password: String(body.password ?? '') };
      return answer(req, res, await call<AuthPayload>(req, OPERATIONS.login, { input }));
    }
    if (action === 'refresh') {
      if (!token)
        return send(res, 200, {
          error: { message: 'You are not signed in.', extensions: { code: 'UNAUTHENTICATED' } },
        });
      return answer(req, res, await call<AuthPayload>(req, OPERATIONS.refresh, { token }));
    }
    if (action === 'logout') {
      const authorization = req.headers.authorization;
      if (token && authorization) await call(req, OPERATIONS.logout, { token }, authorization);
      return send(res, 204, undefined, cookie(req, null));
    }
    send(res, 404, {
      error: { message: 'No such session action.', extensions: { code: 'NOT_FOUND' } },
    });
  }

  /** Handles /api/session/<action>; false for any other path. */
  return function handle(req: http.IncomingMessage, res: http.ServerResponse, pathname: string) {
    if (!pathname.startsWith(`${COOKIE_PATH}/`)) return false;
    run(req, res, pathname.slice(COOKIE_PATH.length + 1)).catch((error: unknown) => {
      log.error({ err: error }, 'session request failed');
      if (!res.headersSent) send(res, 500, { error: { message: 'Unexpected error.' } });
    });
    return true;
  };
}
