import http from 'node:http';
import type { AddressInfo } from 'node:net';
import next from 'next';
import type { Logger } from 'pino';
import { DASHBOARD_DIR } from './build.ts';
import { createGatewayProxy } from './gateway-proxy.ts';
import { createSessionRoutes } from './session-routes.ts';

export interface DashboardServerOptions {
  gatewayUrl: string;
  host: string;
  port: number;
  /** `next dev` (compile on demand) instead of the production build. */
  dev: boolean;
  log: Logger;
  /** Offered on the sign-in page when the platform seeded a demo account. */
  demoAccount?: { email: string; password: string };
}

export interface DashboardServer {
  url: string;
  close(): Promise<void>;
}

/**
 * The dashboard on one origin: /graphql (HTTP and websockets) proxied to the gateway,
 * /api/session/* for the refresh-token cookie, everything else rendered by Next.js.
 */
export async function startDashboardServer(
  options: DashboardServerOptions,
): Promise<DashboardServer> {
  const { log } = options;
  const proxy = createGatewayProxy(options.gatewayUrl, log);
  const sessions = createSessionRoutes(options.gatewayUrl, log);
  const server = http.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, resolve);
  });
  const port = (server.address() as AddressInfo).port;

  const app = next({
    dev: options.dev,
    dir: DASHBOARD_DIR,
    hostname: options.host,
    port,
    httpServer: server,
    quiet: !options.dev,
  });
  await app.prepare();
  const handle = app.getRequestHandler();
  const upgradeNext = app.getUpgradeHandler();

  server.on('request', (req, res) => {
    const pathname = (req.url ?? '/').split('?')[0]!;
    if (pathname === '/graphql') return proxy.forward(req, res);
    if (sessions.handle(req, res, pathname)) return;
    if (pathname === '/api/demo-account') {
      const body = JSON.stringify(options.demoAccount ?? null);
      res.writeHead(200, {
        'content-type': 'application/json',
        'cache-control': 'no-store',
      });
      return void res.end(body);
    }
    handle(req, res).catch((error: unknown) => {
      log.error({ err: error, path: pathname }, 'page failed');
      if (!res.headersSent) res.writeHead(500).end('Unexpected error.');
    });
  });
  server.on('upgrade', (req, socket, head) => {
    const pathname = (req.url ?? '/').split('?')[0];
    if (pathname === '/graphql') return proxy.upgrade(req, socket, head);
    // Next's own websocket (hot reload in development).
    upgradeNext(req, socket, head).catch(() => socket.destroy());
  });

  return {
    url: `http://${options.host}:${port}`,
    close: async () => {
      proxy.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await app.close();
    },
  };
}
