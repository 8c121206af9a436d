import http from 'node:http';
import net from 'node:net';
import type { Duplex } from 'node:stream';
import type { Logger } from 'pino';

// Never forwarded: hop-by-hop headers, the dashboard's own cookies (the refresh token), and the
// platform's internal caller header (only platform services sign it).
const DROPPED = new Set([
  'x-pyairtable-context',
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
// The websocket handshake needs its upgrade headers; the gateway authenticates in connection_init.
const DROPPED_ON_UPGRADE = new Set(['host', 'cookie', 'origin', 'x-pyairtable-context']);

const UNREACHABLE = JSON.stringify({
  errors: [
    {
      message: 'The platform API is not reachable right now. Try again in a moment.',
      extensions: { code: 'UPSTREAM_UNAVAILABLE' },
    },
  ],
});

export interface GatewayProxy {
  /**
   * Forwards an HTTP request to the gateway and streams the answer back: to its /graphql, or
   * with `samePath` to the request's own path (the gateway's /files/*).
   */
  forward(req: http.IncomingMessage, res: http.ServerResponse, samePath?: boolean): void;
  /** Joins a websocket upgrade (graphql-ws) to the gateway byte for byte. */
  upgrade(req: http.IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Ends every proxied websocket. */
  close(): void;
}

function clientChain(req: http.IncomingMessage): string {
  const prior = req.headers['x-forwarded-for'];
  return [prior, req.socket.remoteAddress].filter(Boolean).join(', ');
}

/**
 * Same-origin access to the gateway: the browser talks to the dashboard's /graphql only, so no
 * CORS setting has to name the dashboard's origin, whatever port it runs on.
 */
export function createGatewayProxy(gatewayUrl: string, log: Logger): GatewayProxy {
  const target = new URL(gatewayUrl);
  const targetPort = Number(target.port || 80);
  const sockets = new Set<Duplex>();

  return {
    forward(req, res, samePath = false) {
      const headers: http.OutgoingHttpHeaders = {};
      for (const [name, value] of Object.entries(req.headers))
        if (!DROPPED.has(name) && value !== undefined) headers[name] = value;
      headers.host = target.host;
      headers['x-forwarded-for'] = clientChain(req);
      const upstream = http.request(
        {
          hostname: target.hostname,
          port: targetPort,
          path: samePath
            ? (req.url ?? '/')
            : target.pathname + (req.url?.includes('?') ? req.url.slice(req.url.indexOf('?')) : ''),
          method: req.method,
          headers,
        },
        (answer) => {
          const out: http.OutgoingHttpHeaders = {};
          for (const [name, value] of Object.entries(answer.headers))
            if (!DROPPED.has(name) && name !== 'set-cookie' && value !== undefined)
              out[name] = value;
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
    },

    upgrade(req, socket, head) {
      const upstream = net.connect(targetPort, target.hostname);
      sockets.add(socket);
      const end = () => {
        sockets.delete(socket);
        socket.destroy();
        upstream.destroy();
      };
      upstream.once('connect', () => {
        const lines = [`${req.method} ${target.pathname} HTTP/1.1`, `host: ${target.host}`];
        for (let i = 0; i < req.rawHeaders.length; i += 2) {
          const name = req.rawHeaders[i]!;
          if (!DROPPED_ON_UPGRADE.has(name.toLowerCase()))
            lines.push(`${name}: ${req.rawHeaders[i + 1]}`);
        }
        lines.push(`x-forwarded-for: ${clientChain(req)}`);
        upstream.write(`${lines.join('\r\n')}\r\n\r\n`);
        if (head.length > 0) upstream.write(head);
        socket.pipe(upstream).pipe(socket);
      });
      upstream.on('error', (error) => {
        log.warn({ err: error }, 'gateway websocket unreachable');
        end();
      });
      upstream.on('close', end);
      socket.on('error', end);
      socket.on('close', end);
    },

    close() {
      for (const socket of sockets) socket.destroy();
      sockets.clear();
    },
  };
}
