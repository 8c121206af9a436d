import type http from 'node:http';
import type { Duplex } from 'node:stream';
import type { Logger } from 'pino';
import { createGatewayProxy } from './gateway-proxy.ts';
import { setSecurityHeaders } from './security-headers.ts';
import { createSessionRoutes } from './session-routes.ts';

export interface DashboardRoutesOptions {
  gatewayUrl: string;
  log: Logger;
  /** Marks the session cookie Secure on every response (the public URL is https). */
  secureCookies: boolean;
  /** Offered on the sign-in page when the platform seeded a demo account. */
  demoAccount?: { email: string; password: string };
}

export interface DashboardRoutes {
  /**
   * Sets the headers every response carries; handles /graphql, /files/*, /api/session/*,
   * /api/demo-account and /favicon.ico; false for pages (Next.js's).
   */
  request(req: http.IncomingMessage, res: http.ServerResponse): boolean;
  /** Handles the /graphql websocket; false for any other upgrade. */
  upgrade(req: http.IncomingMessage, socket: Duplex, head: Buffer): boolean;
  close(): void;
}

/** What the dashboard's server answers itself, before Next.js renders pages. */
export function createDashboardRoutes(options: DashboardRoutesOptions): DashboardRoutes {
  const proxy = createGatewayProxy(options.gatewayUrl, options.log);
  const sessions = createSessionRoutes(options.gatewayUrl, options.log, {
    secureCookies: options.secureCookies,
  });
  const pathOf = (req: http.IncomingMessage) => (req.url ?? '/').split('?')[0]!;
  return {
    request(req, res) {
      setSecurityHeaders(res);
      const pathname = pathOf(req);
      if (pathname === '/graphql') {
        proxy.forward(req, res);
        return true;
      }
      // The audit log as a file, streamed by the gateway (the Activity page's exports).
      if (pathname === '/audit/export' && req.method === 'GET') {
        proxy.forward(req, res, '/audit/export');
        return true;
      }
      // Uploads (tus) and signed file links, on the dashboard's origin.
      if (/^\/files\/(uploads|download|thumbnail)(\/|$)/.test(pathname)) {
        proxy.forward(req, res, pathname);
        return true;
      }
      if (sessions.handle(req, res, pathname)) return true;
      // Browsers ask for /favicon.ico before (or instead of) reading the page's icon link.
      if (pathname === '/favicon.ico') {
        res.writeHead(308, { location: '/icon.svg', 'cache-control': 'public, max-age=86400' });
        res.end();
        return true;
      }
      if (pathname === '/api/demo-account') {
        res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
        res.end(JSON.stringify(options.demoAccount ?? null));
        return true;
      }
      return false;
    },
    upgrade(req, socket, head) {
      if (pathOf(req) !== '/graphql') return false;
      proxy.upgrade(req, socket, head);
      return true;
    },
    close: () => proxy.close(),
  };
}
