import type http from 'node:http';

/** The httpOnly cookie that carries the refresh token; JavaScript never sees it. */
export const SESSION_COOKIE = 'pyat_session';
/** The only path the browser sends the cookie to. */
export const COOKIE_PATH = '/api/session';
// The identity service keeps a refresh token for 30 days; the cookie lives as long.
const COOKIE_MAX_AGE_SECONDS = 30 * 24 * 3600;

export function readCookie(req: http.IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/**
 * The Set-Cookie value for a refresh token (null clears it). Secure whenever the dashboard's
 * public URL is https, and for a request that arrived over TLS or through an https proxy.
 */
export function sessionCookie(
  req: http.IncomingMessage,
  token: string | null,
  secureCookies: boolean,
): string {
  const secure =
    secureCookies ||
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
