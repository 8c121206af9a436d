import http from 'node:http';
import type { AddressInfo } from 'node:net';
import next from 'next';
import type { Logger } from 'pino';
import { DASHBOARD_DIR } from './build.ts';
import { createDashboardRoutes } from './dashboard-routes.ts';

export interface DashboardServerOptions {
  gatewayUrl: string;
  host: string;
  port: number;
  /** `next dev` (compile on demand) instead of the production build. */
  dev: boolean;
  log: Logger;
  /** Marks the session cookie Secure on every response (the public URL is https). */
  secureCookies: boolean;
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
  const routes = createDashboardRoutes(options);
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
    if (routes.request(req, res)) return;
    handle(req, res).catch((error: unknown) => {
      log.error({ err: error, url: req.url }, 'page failed');
      if (!res.headersSent) res.writeHead(500).end('Unexpected error.');
    });
  });
  server.on('upgrade', (req, socket, head) => {
    if (routes.upgrade(req, socket, head)) return;
    // Next's own websocket (hot reload in development).
    upgradeNext(req, socket, head).catch(() => socket.destroy());
  });

  return {
    url: `http://${options.host}:${port}`,
    close: async () => {
      routes.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await app.close();
    },
  };
}
