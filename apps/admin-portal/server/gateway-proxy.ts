import http from 'node:http';
import type { Logger } from 'pino';

// Never forwarded: hop-by-hop headers, and the portal's own cookie (the refresh token).
const DROPPED = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'host',
  'cookie',
]);

const UNREACHABLE = JSON.stringify({
  errors: [
    {
      message: 'The platform API is not reachable right now. Try again in a moment.',
      extensions: { code: 'UPSTREAM_UNAVAILABLE' },
    },
  ],
});

/**
 * Same-origin access to the gateway's /graphql (HTTP only: the portal subscribes to nothing),
 * so no CORS setting has to name the portal's origin.
 */
export function createGatewayProxy(gatewayUrl: string, log: Logger) {
  const target = new URL(gatewayUrl);
  return function forward(req: http.IncomingMessage, res: http.ServerResponse): void {
    const headers: http.OutgoingHttpHeaders = {};
    for (const [name, value] of Object.entries(req.headers))
      if (!DROPPED.has(name) && value !== undefined) headers[name] = value;
    headers.host = target.host;
    headers['x-forwarded-for'] = [req.headers['x-forwarded-for'], req.socket.remoteAddress]
      .filter(Boolean)
      .join(', ');
    const upstream = http.request(
      {
        hostname: target.hostname,
        port: Number(target.port || 80),
        path: target.pathname,
        method: req.method,
        headers,
      },
      (answer) => {
        const out: http.OutgoingHttpHeaders = {};
        for (const [name, value] of Object.entries(answer.headers))
          if (!DROPPED.has(name) && name !== 'set-cookie' && value !== undefined) out[name] = value;
        res.writeHead(answer.statusCode ?? 502, out);
        answer.pipe(res);
      },
    );
    upstream.on('error', (error) => {
      log.warn({ err: error }, 'gateway unreachable');
      if (res.headersSent) return void res.destroy();
      res.writeHead(502, { 'content-type': 'application/json' });
      res.end(UNREACHABLE);
    });
    req.pipe(upstream);
  };
}
