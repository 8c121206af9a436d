import { randomUUID } from 'node:crypto';
import {
  hostHeaderValidation,
  localhostHostValidation,
} from '@modelcontextprotocol/sdk/server/middleware/hostHeaderValidation.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { isInitializeRequest } from '@modelcontextprotocol/sdk/types.js';
import type { GraphTool } from '@pyairtable/graph-tools';
import { createServiceMetrics, metricsAccessOf, type Logger } from '@pyairtable/subgraph-kit';
import express, { type NextFunction, type Request, type Response } from 'express';
import { createAuthenticate, type Caller } from './authenticate.ts';
import type { McpHttpConfig } from './config.ts';
import { createToolServer } from './create-tool-server.ts';
import type { GatewayClient } from './gateway-client.ts';
import type { SessionRegistry } from './sessions.ts';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);
const MAX_BODY_BYTES = 4 * 1024 * 1024;

const rpcError = (res: Response, status: number, message: string) =>
  void res.status(status).json({ jsonrpc: '2.0', error: { code: -32000, message }, id: null });

/** The Streamable HTTP endpoint at /mcp, its resource metadata, and health checks. */
export function createHttpApp(deps: {
  config: McpHttpConfig;
  /** The server's public base URL (http://host:port when not behind a proxy). */
  publicBaseUrl: () => string;
  tools: GraphTool[];
  version: string;
  gateway: GatewayClient;
  sessions: SessionRegistry;
  logger: Logger;
}) {
  const { config, gateway, sessions, logger } = deps;
  const app = express();
  const metrics = createServiceMetrics('mcp-server');
  app.use(metrics.http.middleware);
  // Against DNS rebinding: the Host header must name this server (loopback names on a loopback bind).
  if (config.ALLOWED_HOSTS) app.use(hostHeaderValidation(config.ALLOWED_HOSTS));
  else if (LOOPBACK.has(config.HOST)) app.use(localhostHostValidation());
  // A write tool may carry 1,000 records: more than express's 100 kB default.
  app.use(express.json({ limit: MAX_BODY_BYTES }));
  const allowedOrigins = new Set(config.ALLOWED_ORIGINS);
  const metadataUrl = () =>
    new URL('/.well-known/oauth-protected-resource/mcp', deps.publicBaseUrl()).toString();

  metrics.route(app, metricsAccessOf(config));
  app.get('/healthz', (_req, res) => void res.json({ status: 'ok', service: 'mcp-server' }));
  app.get('/readyz', async (_req, res) => {
    const ok = await fetch(new URL('/healthz', config.GATEWAY_URL), {
      signal: AbortSignal.timeout(2000),
    })
      .then((r) => r.ok)
      .catch(() => false);
    res
      .status(ok ? 200 : 503)
      .json({ status: ok ? 'ready' : 'unavailable', gateway: ok ? 'ready' : 'unavailable' });
  });

  // RFC 9728. Bearers are the platform's own (API keys, access tokens from logIn): there is no
  // OAuth authorization server to name, so authorization_servers is left out.
  const resourceMetadata = (_req: Request, res: Response) =>
    void res.json({
      resource: new URL('/mcp', deps.publicBaseUrl()).toString(),
      resource_name: 'PyAirtable MCP server',
      bearer_methods_supported: ['header'],
      resource_documentation: 'Authorization: Bearer <platform API key (pyat_…) or access token>',
    });
  app.get('/.well-known/oauth-protected-resource/mcp', resourceMetadata);
  app.get('/.well-known/oauth-protected-resource', resourceMetadata);

  // A web page may call /mcp only from an allowed origin; clients without an Origin (desktop, CLI) pass.
  function checkOrigin(req: Request, res: Response, next: NextFunction) {
    const origin = req.header('origin');
    if (origin === undefined) return next();
    if (!allowedOrigins.has(origin)) return rpcError(res, 403, `Origin ${origin} is not allowed.`);
    res.set({
      'Access-Control-Allow-Origin': origin,
      Vary: 'Origin',
      'Access-Control-Expose-Headers': 'Mcp-Session-Id, WWW-Authenticate',
    });
    if (req.method === 'OPTIONS') {
      res
        .status(204)
        .set({
          'Access-Control-Allow-Methods': 'GET, POST, DELETE',
          'Access-Control-Allow-Headers':
            'Authorization, Content-Type, Mcp-Session-Id, Mcp-Protocol-Version, Last-Event-ID',
          'Access-Control-Max-Age': '600',
        })
        .end();
      return;
    }
    next();
  }

  const authenticate = createAuthenticate({
    gateway,
    cacheMs: config.AUTH_CACHE_SECONDS * 1000,
    resourceMetadataUrl: metadataUrl,
    logger,
  });

  async function handle(req: Request, res: Response) {
    const caller = res.locals.caller as Caller;
    // The SDK hands this to tool handlers as extra.authInfo: each call runs with this request's bearer.
    Object.assign(req, { auth: { token: caller.token, clientId: caller.userId, scopes: [] } });
    const sessionId = req.header('mcp-session-id');
    if (sessionId) {
      const session = sessions.find(sessionId, caller.userId);
      if (!session) return rpcError(res, 404, 'Session not found.');
      await session.transport.handleRequest(req, res, req.body);
      return;
    }
    if (req.method !== 'POST' || !isInitializeRequest(req.body)) {
      return rpcError(
        res,
        400,
        'Start a session with an initialize request, then send its Mcp-Session-Id.',
      );
    }
    const server = createToolServer({
      tools: deps.tools,
      version: deps.version,
      logger,
      executeFor: (extra) => gateway.executeAs(extra.authInfo?.token ?? caller.token),
    });
    const transport: StreamableHTTPServerTransport = new StreamableHTTPServerTransport({
      sessionIdGenerator: () => randomUUID(),
      onsessioninitialized: (id) => {
        void sessions.add({ id, ownerId: caller.userId, transport, server, lastUsed: Date.now() });
        logger.info({ sessionId: id, userId: caller.userId }, 'session opened');
      },
      onsessionclosed: (id) => sessions.forget(id),
    });
    transport.onclose = () => {
      if (transport.sessionId) sessions.forget(transport.sessionId);
    };
    await server.connect(transport);
    await transport.handleRequest(req, res, req.body);
  }

  app.all('/mcp', checkOrigin, authenticate, (req, res, next) => {
    handle(req, res).catch(next);
  });
  app.use((error: Error, _req: Request, res: Response, _next: NextFunction) => {
    logger.error({ err: error }, 'MCP request failed');
    if (!res.headersSent) rpcError(res, 500, 'Unexpected error.');
  });
  return app;
}
