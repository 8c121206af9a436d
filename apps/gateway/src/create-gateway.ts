import { apiKeyScopesPlugin } from './api-key-scopes.ts';
import { createAuditOutbox, type AuditOutbox, type AuditPath } from '@pyairtable/audit-client';
import { recordingApiKeyUse } from './audit/api-key-use.ts';
import { auditPlugin } from './audit/audit-plugin.ts';
import { addAuditExport } from './audit/export-route.ts';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import {
  AUDIT_PATH_HEADER,
  CONTEXT_HEADER,
  createMembershipClient,
  createNonceCache,
  pathOf,
  REQUEST_ID_HEADER,
  serveHttp,
  signRequest,
  type Logger,
  type RunningServer,
} from '@pyairtable/subgraph-kit';
import express, { type ErrorRequestHandler } from 'express';
import { disableVendorTelemetry } from '@pyairtable/config';
import { createEventBus, type EventBus } from '@pyairtable/events';
import {
  authenticateSignedContext,
  callerOf,
  createAuthenticator,
  type Credentials,
} from './authenticate.ts';
import { allowOrigins } from './cors.ts';
import type { GatewayConfig } from './config.ts';
import { createErrorFormatter } from './format-gateway-error.ts';
import { createMetrics } from './metrics.ts';
import { addAirtableProxy } from './airtable-proxy.ts';
import { addFilesProxy } from './files-proxy.ts';
import { addWorkflowHooks } from './workflow-hooks.ts';
import { addPlayground } from './graphiql.ts';
import { refuseOversizedOperations } from './refuse-oversized-operations.ts';
import {
  budgetedFetcher,
  createRequestBudget,
  readBudgeted,
  requestBudgetPlugin,
  withBudget,
  type RequestBudget,
} from './request-budget.ts';
import { createRequestLimits, limitSettings } from './request-limits.ts';
import { createSubgraphFetcher } from './subgraph-fetcher.ts';
import { attachSubscriptions } from './subscriptions/subscription-server.ts';
import { subgraphRoutes } from './subgraph-routes.ts';

export interface GatewayContext {
  requestId: string;
  credentials: Credentials | null;
  ip: string | null;
  log: Logger;
  /** This operation's time and size budget. */
  budget: RequestBudget;
  /** Run for a subscriber (an event's selection, a subscribe-time check). */
  forSubscription?: boolean;
  userAgent?: string | null;
  /** The path recorded in the audit log (graphql unless an MCP or assistant call). */
  auditPath?: AuditPath;
}

type GatewayRequest = express.Request & {
  rawBody?: Buffer;
  requestId: string;
  credentials: Credentials | null;
  callerIp?: string | null;
  budget: RequestBudget;
  auditPath: AuditPath;
};

const REQUEST_ID = /^[\w.-]{8,128}$/;

type Fetcher = RemoteGraphQLDataSource['fetcher'];

// Apollo serialises the body after willSendRequest, so the caller travels to the fetcher (which
// sees the exact bytes and signs them) in a header that never leaves the process.
const UNSIGNED_CALLER = 'x-pyairtable-unsigned-caller';

/** A fetcher that signs each request for `audience`: its method, path and body. */
function signingFetcher(fetcher: Fetcher, audience: string, secret: string): Fetcher {
  return (url, init) => {
    const headers = { ...(init?.headers as Record<string, string> | undefined) };
    const caller = headers[UNSIGNED_CALLER];
    delete headers[UNSIGNED_CALLER];
    if (caller)
      headers[CONTEXT_HEADER] = signRequest(
        JSON.parse(caller),
        {
          audience,
          method: init?.method ?? 'POST',
          path: pathOf(url),
          body: typeof init?.body === 'string' ? init.body : undefined,
        },
        secret,
      );
    return fetcher(url, { ...init, headers });
  };
}

/** Signs the caller into a header for every subgraph request. */
class SignedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    url: string,
    audience: string,
    fetcher: Fetcher,
    secret: string,
    private readonly count: () => void,
  ) {
    super({ url, fetcher: signingFetcher(fetcher, audience, secret) });
  }

  override willSendRequest({
    request,
    context,
  }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['willSendRequest']>>[0]) {
    const headers = request.http?.headers;
    this.count();
    if (!headers || !('requestId' in context)) return;
    headers.set(REQUEST_ID_HEADER, context.requestId);
    headers.set(
      UNSIGNED_CALLER,
      JSON.stringify(callerOf(context.credentials, context.requestId, context.ip)),
    );
  }

  override parseBody(
    ...[response, , context]: Parameters<RemoteGraphQLDataSource<GatewayContext>['parseBody']>
  ) {
    return readBudgeted(response, context && 'budget' in context ? context.budget : undefined);
  }
}

function graphqlError(res: express.Response, status: number, code: string, message: string) {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/**
 * The audit path an operation declares: mcp from anyone (the MCP server), assistant and
 * workflow only from a platform service (a signed context).
 */
function auditPathOf(header: string | undefined, signed: boolean): AuditPath {
  if (header === 'mcp') return 'mcp';
  if (signed && (header === 'assistant' || header === 'workflow')) return header;
  return 'graphql';
}

/** The durable audit outbox, when the supergraph has an audit subgraph and a database is set. */
function createOutbox(config: GatewayConfig, logger: Logger, auditUrl: string | undefined) {
  const databaseUrl = config.AUDIT_OUTBOX_DATABASE_URL ?? config.EVENTS_DATABASE_URL;
  if (!auditUrl) return null;
  if (!databaseUrl) {
    if (config.NODE_ENV === 'production')
      throw new Error(
        'Invalid configuration:\n  AUDIT_OUTBOX_DATABASE_URL: must be set in production (or EVENTS_DATABASE_URL)',
      );
    logger.warn('no AUDIT_OUTBOX_DATABASE_URL or EVENTS_DATABASE_URL: nothing is audited');
    return null;
  }
  return createAuditOutbox({
    databaseUrl,
    auditUrl,
    signingSecret: config.GATEWAY_SIGNING_SECRET,
    logger,
    pollMs: config.AUDIT_OUTBOX_POLL_MS,
  });
}

/** The gateway: composed supergraph, auth, limits, playground, health. Not listening yet. */
export function createGateway(deps: { config: GatewayConfig; logger: Logger; events?: EventBus }) {
  const { config, logger } = deps;
  const supergraphSdl = readFileSync(config.SUPERGRAPH_PATH, 'utf8');
  const routes = subgraphRoutes(supergraphSdl, config.subgraphUrls);
  const identity = routes.find((r) => r.name === 'identity');
  const workspaces = routes.find((r) => r.name === 'workspaces');
  if (!identity || !workspaces)
    throw new Error('The supergraph needs the identity and workspaces subgraphs.');
  const membership = createMembershipClient({
    workspacesUrl: workspaces.url,
    signingSecret: config.GATEWAY_SIGNING_SECRET,
    cacheMs: config.MEMBERSHIP_CACHE_SECONDS * 1000,
  });
  const metrics = createMetrics();
  const limits = createRequestLimits(limitSettings(config));
  const budgetSettings = {
    timeoutMs: config.REQUEST_TIMEOUT_MS,
    maxResponseBytes: config.MAX_RESPONSE_BYTES,
  };
  // Each request a platform service signs for the gateway is accepted once.
  const onBehalfNonces = createNonceCache();
  const audit = routes.find((r) => r.name === 'audit');
  const outbox: AuditOutbox | null = createOutbox(config, logger, audit?.url);
  const verify = createAuthenticator({
    jwtSecret: config.JWT_SECRET,
    signingSecret: config.GATEWAY_SIGNING_SECRET,
    identityUrl: identity.url,
    cacheMs: config.API_KEY_CACHE_SECONDS * 1000,
    sessionCacheMs: config.SESSION_CACHE_SECONDS * 1000,
    checkSessions: config.SESSION_CHECK === 'on',
  });
  const authenticate = outbox ? recordingApiKeyUse(verify, outbox, logger) : verify;

  async function listen(port: number, host = config.HOST): Promise<RunningServer> {
    disableVendorTelemetry();
    const fetcher = budgetedFetcher(
      createSubgraphFetcher({
        maxSockets: config.SUBGRAPH_MAX_CONNECTIONS,
        timeoutMs: config.SUBGRAPH_TIMEOUT_MS,
      }),
    );
    const gateway = new ApolloGateway({
      supergraphSdl,
      buildService: ({ name, url }) =>
        new SignedDataSource(
          config.subgraphUrls[name] ?? url ?? '',
          name,
          fetcher,
          config.GATEWAY_SIGNING_SECRET,
          () => metrics.subgraphRequests.inc({ subgraph: name }),
        ),
    });
    const apollo = new ApolloServer<GatewayContext>({
      gateway,
      includeStacktraceInErrorResponses: false,
      // The process's owner (runUntilSignal, the launcher) stops servers in order on signals.
      stopOnTerminationSignals: false,
      parseOptions: limits.parseOptions,
      validationRules: limits.rules,
      // Introspection is one of the limits' rules, shared with graphql-ws.
      introspection: true,
      formatError: createErrorFormatter({ suggestions: config.introspection }),
      plugins: [
        ApolloServerPluginLandingPageDisabled(),
        requestBudgetPlugin(limits, budgetSettings),
        apiKeyScopesPlugin(),
        ...(outbox ? [auditPlugin(outbox)] : []),
        metrics.plugin(),
        {
          async requestDidStart({ contextValue }) {
            return {
              async didEncounterErrors({ errors }) {
                // Abandoned work fails by design; its answer is replaced by one typed error.
                if (contextValue.budget.exceeded) return;
                for (const error of errors) {
                  const code = error.extensions?.code;
                  if (code === 'INTERNAL_SERVER_ERROR' || !code)
                    contextValue.log.error({ err: error }, 'operation failed');
                }
              },
            };
          },
        },
      ],
    });
    await apollo.start();

    const app = express();
    app.disable('x-powered-by');
    app.set('trust proxy', config.TRUST_PROXY);
    app.get('/healthz', (_req, res) => void res.json({ status: 'ok', service: 'gateway' }));
    app.get('/readyz', async (_req, res) => {
      const checks = await Promise.all(
        routes.map(async (r) => {
          const ok = await fetch(new URL('/readyz', r.url), { signal: AbortSignal.timeout(2000) })
            .then((x) => x.ok)
            .catch(() => false);
          return [r.name, ok ? 'ready' : 'unavailable'] as const;
        }),
      );
      const ready = checks.every(([, s]) => s === 'ready');
      res
        .status(ready ? 200 : 503)
        .json({ status: ready ? 'ready' : 'unavailable', subgraphs: Object.fromEntries(checks) });
    });
    metrics.route(app, config.metrics);
    if (config.graphiql) addPlayground(app);
    const airtable = routes.find((r) => r.name === 'airtable');
    if (airtable) {
      addAirtableProxy(app, {
        airtableUrl: airtable.url,
        signingSecret: config.GATEWAY_SIGNING_SECRET,
        authenticate,
        logger,
        newRequestId: randomUUID,
        timeoutMs: config.SUBGRAPH_TIMEOUT_MS,
        outbox,
      });
    }
    if (audit)
      addAuditExport(app, {
        auditUrl: audit.url,
        signingSecret: config.GATEWAY_SIGNING_SECRET,
        authenticate,
        logger,
        newRequestId: randomUUID,
      });
    const files = routes.find((r) => r.name === 'files');
    if (files) {
      addFilesProxy(app, {
        filesUrl: files.url,
        signingSecret: config.GATEWAY_SIGNING_SECRET,
        authenticate,
        logger,
        newRequestId: randomUUID,
      });
    }
    const workflows = routes.find((r) => r.name === 'workflows');
    if (workflows)
      addWorkflowHooks(app, {
        workflowsUrl: workflows.url,
        signingSecret: config.GATEWAY_SIGNING_SECRET,
        logger,
        newRequestId: randomUUID,
      });
    app.use('/graphql', allowOrigins(config.corsOrigins));
    // The raw bytes are kept: a platform service's signature covers them.
    app.use(
      '/graphql',
      express.json({
        limit: config.MAX_BODY_BYTES,
        verify: (req, _res, raw) => void ((req as GatewayRequest).rawBody = raw),
      }),
    );
    app.use('/graphql', async (req, res, next) => {
      const given = req.header(REQUEST_ID_HEADER);
      const requestId = given && REQUEST_ID.test(given) ? given : randomUUID();
      res.setHeader(REQUEST_ID_HEADER, requestId);
      // The deadline counts from arrival; work for a client that left is abandoned.
      const budget = createRequestBudget(budgetSettings);
      res.on('close', () => (res.writableFinished ? budget.done() : budget.abandon()));
      const started = performance.now();
      res.on('finish', () =>
        logger.info(
          { requestId, status: res.statusCode, ms: Math.round(performance.now() - started) },
          'graphql request',
        ),
      );
      try {
        const onBehalf = req.header(CONTEXT_HEADER);
        const result =
          onBehalf && !req.header('authorization')
            ? authenticateSignedContext(
                onBehalf,
                {
                  audience: 'gateway',
                  method: req.method,
                  path: req.originalUrl,
                  body: (req as GatewayRequest).rawBody,
                },
                config.GATEWAY_SIGNING_SECRET,
                onBehalfNonces,
              )
            : await authenticate(req.header('authorization'), requestId);
        if (!result.ok) return graphqlError(res, 401, 'UNAUTHENTICATED', result.message);
        Object.assign(req, {
          requestId,
          credentials: result.credentials,
          callerIp: 'ip' in result ? result.ip : undefined,
          budget,
          auditPath: auditPathOf(req.header(AUDIT_PATH_HEADER), 'ip' in result),
        });
        next();
      } catch (error) {
        logger.error({ err: error, requestId }, 'authentication failed');
        graphqlError(
          res,
          503,
          'UPSTREAM_UNAVAILABLE',
          'Sign-in service unavailable. Try again shortly.',
        );
      }
    });
    const schema = () => {
      if (!gateway.schema) throw new Error('The gateway has not loaded its schema.');
      return gateway.schema;
    };
    const operations = expressMiddleware(apollo, {
      context: async ({ req }) => {
        const { requestId, credentials, callerIp, budget, auditPath } = req as GatewayRequest;
        return {
          requestId,
          credentials,
          ip: callerIp !== undefined ? callerIp : (req.ip ?? null),
          log: logger.child({ requestId, userId: credentials?.userId }),
          budget,
          userAgent: req.header('user-agent')?.slice(0, 500) ?? null,
          auditPath,
        };
      },
    });
    app.use('/graphql', refuseOversizedOperations(limits, schema), (req, res, next) =>
      withBudget((req as GatewayRequest).budget, () => operations(req, res, next)),
    );
    const onError: ErrorRequestHandler = (
      error: { status?: number; type?: string },
      _req,
      res,
      _next,
    ) => {
      if (error.type === 'entity.too.large')
        return graphqlError(
          res,
          413,
          'BAD_REQUEST',
          `Request body is larger than ${config.MAX_BODY_BYTES} bytes.`,
        );
      if (error.status && error.status < 500)
        return graphqlError(res, error.status, 'BAD_REQUEST', 'Malformed request.');
      logger.error({ err: error }, 'request failed');
      graphqlError(res, 500, 'INTERNAL_SERVER_ERROR', 'Unexpected error.');
    };
    app.use(onError);

    const bus =
      deps.events ??
      (await createEventBus({
        redisUrl: config.REDIS_URL,
        databaseUrl: config.EVENTS_DATABASE_URL,
      }));
    // Subscriptions attach to the HTTP server once it listens; closing stops them first.
    const attached: { subscriptions?: { close(): Promise<void> } } = {};
    const running = await serveHttp(app, port, host, async () => {
      await attached.subscriptions?.close();
      await apollo.stop();
      await outbox?.close();
      if (!deps.events) await bus.close();
    });
    outbox?.start();
    attached.subscriptions = attachSubscriptions({
      server: running.server,
      apollo,
      schema,
      limits,
      budget: budgetSettings,
      bus,
      authenticate,
      logger,
      metrics,
      membership,
      maxPerConnection: config.MAX_SUBSCRIPTIONS_PER_CONNECTION,
      maxPerWorkspace: config.MAX_SUBSCRIPTIONS_PER_WORKSPACE,
      shareResolutions: config.SUBSCRIPTION_SHARING,
    });
    logger.info({ url: running.url }, 'gateway listening');
    return running;
  }

  return { listen };
}
