// The dashboard's Content-Security-Policy: scripts only with this response's nonce (and what
// they load), no inline scripts, no framing, connections to this origin (HTTP and graphql-ws).

export interface PolicyOptions {
  /** This response's nonce; Next.js puts it on every script it writes. */
  nonce: string;
  /** The host the browser reached the dashboard at: the live connection goes to it. */
  host: string | null;
  /** `next dev`: React rebuilds server error stacks with eval and injects its styles. */
  dev: boolean;
}

// A Host header as browsers send it; anything else is left out of the policy.
const HOST = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/** The policy for one page response. */
export function contentSecurityPolicy({ nonce, host, dev }: PolicyOptions): string {
  const live = host && HOST.test(host) ? [`ws://${host}`, `wss://${host}`] : [];
  const directives = [
    ['default-src', "'self'"],
    // 'strict-dynamic': the chunks Next.js's nonced scripts load run too; 'self' is for
    // browsers without CSP 3.
    [
      'script-src',
      "'self'",
      `'nonce-${nonce}'`,
      "'strict-dynamic'",
      ...(dev ? ["'unsafe-eval'"] : []),
    ],
    ['style-src', "'self'", dev ? "'unsafe-inline'" : `'nonce-${nonce}'`],
    // The first paint (server-rendered) sizes its spinner with a style attribute.
    ['style-src-attr', "'unsafe-inline'"],
    // Cells show attachments from wherever they are stored: Airtable's CDN, any https host,
    // airtable-local over http.
    ['img-src', "'self'", 'data:', 'blob:', 'https:', 'http:'],
    ['font-src', "'self'"],
    // 'self' covers ws:/wss: to this host in CSP 3; named for browsers that predate it.
    ['connect-src', "'self'", ...live],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'self'"],
    ['frame-ancestors', "'none'"],
  ];
  return directives.map((directive) => directive.join(' ')).join('; ');
}

/** 128 random bits, base64: a fresh nonce for every response. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
