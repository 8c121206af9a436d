import type http from 'node:http';

/**
 * What every response says about itself: no sniffing content types, no referrer to other
 * sites, never inside a frame (X-Frame-Options for browsers without CSP's frame-ancestors).
 * Pages also carry a Content-Security-Policy with a nonce, from src/proxy.ts.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'x-frame-options': 'DENY',
};

export function setSecurityHeaders(res: http.ServerResponse): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
}
