import http from 'node:http';
import type { AddressInfo } from 'node:net';
import next from 'next';
import type { Logger } from 'pino';
import { PORTAL_DIR } from './build.ts';
import { createGatewayProxy } from './gateway-proxy.ts';
import { createSessionRoutes } from './session-routes.ts';

export interface PortalServerOptions {
  gatewayUrl: string;
  host: string;
  port: number;
  /** `next dev` (compile on demand) instead of the production build. */
  dev: boolean;
  log: Logger;
  secureCookies: boolean;
  /** Offered on the sign-in page when the platform seeded a demo administrator. */
  demoAdmin?: { email: string; password: string };
}

// What every response says about itself: no sniffing, no referrer elsewhere, never framed.
const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'x-frame-options': 'DENY',
  'content-security-policy': "frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
};

/**
 * The portal on one origin: /graphql proxied to the gateway, /api/session/* for the
 * refresh-token cookie, /api/demo-admin, everything else rendered by Next.js.
 */
export async function startPortalServer(options: PortalServerOptions) {
  const { log } = options;
  const forward = createGatewayProxy(options.gatewayUrl, log);
  const sessions = createSessionRoutes(options.gatewayUrl, log, options.secureCookies);
  const server = http.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, resolve);
  });
  const port = (server.address() as AddressInfo).port;
  const app = next({
    dev: options.dev,
    dir: PORTAL_DIR,
    hostname: options.host,
    port,
    httpServer: server,
    quiet: !options.dev,
  });
  await app.prepare();
  const handle = app.getRequestHandler();

  server.on('request', (req, res) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    const pathname = (req.url ?? '/').split('?')[0]!;
    if (pathname === '/graphql') return forward(req, res);
    if (sessions(req, res, pathname)) return;
    if (pathname === '/favicon.ico') {
      res.writeHead(308, { location: '/icon.svg', 'cache-control': 'public, max-age=86400' });
      return void res.end();
    }
    if (pathname === '/api/demo-admin') {
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      return void res.end(JSON.stringify(options.demoAdmin ?? null));
    }
    handle(req, res).catch((error: unknown) => {
      log.error({ err: error, url: req.url }, 'page failed');
      if (!res.headersSent) res.writeHead(500).end('Unexpected error.');
    });
  });

  return {
    url: `http://${options.host}:${port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await app.close();
    },
  };
}
