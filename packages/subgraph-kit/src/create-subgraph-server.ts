import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import express, { type Express, type RequestHandler } from 'express';
import { parse, type DocumentNode } from 'graphql';
import { Auth } from './auth.ts';
import { isClientError, maskError } from './errors.ts';
import type { Logger } from './logger.ts';
import { createServiceMetrics, type MetricsAccess, type ServiceMetrics } from './metrics.ts';
import { serveHttp, type RunningServer } from './serve-http.ts';
import { CONTEXT_HEADER, createNonceCache, verifyRequest, type Caller } from './signed-context.ts';

/** What every subgraph's context starts from. */
export interface BaseContext {
  caller: Caller;
  auth: Auth;
  requestId: string;
  log: Logger;
}

export interface SubgraphServerOptions<TContext extends BaseContext> {
  name: string;
  typeDefs: DocumentNode;
  resolvers: GraphQLResolverMap<TContext>;
  logger: Logger;
  signingSecret: string;
  createContext: (base: BaseContext) => TContext | Promise<TContext>;
  /** Checks the subgraph's dependencies (its database) for /readyz. */
  isReady?: () => Promise<boolean>;
  /** Adds internal routes; `requireGateway` refuses requests the gateway did not sign. */
  routes?: (app: Express, requireGateway: RequestHandler) => void;
  /** Who may read GET /metrics (see metricsAccessOf); null serves no /metrics. */
  metricsAccess?: MetricsAccess;
  /** The process's metrics, when the subgraph registers its own series on them; else made here. */
  metrics?: ServiceMetrics;
}

export interface SubgraphServer {
  name: string;
  listen(port: number, host?: string): Promise<RunningServer>;
}

/** Parses a subgraph's schema.graphql. */
export function loadSchemaFile(fileUrl: URL): DocumentNode {
  return parse(readFileSync(fileUrl, 'utf8'));
}

type SignedRequest = express.Request & { caller?: Caller };

// The largest body a signed request may carry (the gateway bounds what reaches it).
const MAX_SIGNED_BODY = '5mb';
const readBody = express.raw({ type: () => true, limit: MAX_SIGNED_BODY });

function refuse(res: express.Response): void {
  res.status(401).json({
    errors: [
      {
        message: 'Requests must come through the gateway.',
        extensions: { code: 'UNAUTHENTICATED' },
      },
    ],
  });
}

/** Logs every error that is not a deliberate client error, with the request's logger. */
const logUnexpectedErrors: ApolloServerPlugin<BaseContext> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors, contextValue }) {
        for (const error of errors) {
          if (!isClientError(error))
            contextValue.log.error({ err: error.originalError ?? error }, 'resolver failed');
        }
      },
    };
  },
};

/** Masked errors carry the request id, so a client can quote it and the full error be found in the logs. */
const addRequestIds: ApolloServerPlugin<BaseContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
        response.body.singleResult.errors = response.body.singleResult.errors.map((error) =>
          error.extensions?.code === 'INTERNAL_SERVER_ERROR'
            ? maskError(error, contextValue.requestId)
            : error,
        );
      },
    };
  },
};

/** Builds an Apollo subgraph behind gateway-signature checks, with /healthz and /readyz. Not listening yet. */
export function createSubgraphServer<TContext extends BaseContext>(
  options: SubgraphServerOptions<TContext>,
): SubgraphServer {
  const { logger, signingSecret } = options;
  const metrics = options.metrics ?? createServiceMetrics(options.name);
  const nonces = createNonceCache();
  // The signature covers the body's bytes, so they are read here; JSON is parsed after.
  const requireGateway: RequestHandler = (req, res, next) => {
    if (!req.header(CONTEXT_HEADER)) {
      logger.warn({ path: req.path, ip: req.ip }, 'refused unsigned request');
      return refuse(res);
    }
    readBody(req, res, (error?: unknown) => {
      if (error) return next(error);
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const caller = verifyRequest(
        req.header(CONTEXT_HEADER),
        { audience: options.name, method: req.method, path: req.originalUrl, body },
        signingSecret,
        nonces,
      );
      if (!caller) {
        logger.warn({ path: req.path, ip: req.ip }, 'refused unsigned request');
        refuse(res);
        return;
      }
      (req as SignedRequest).caller = caller;
      req.body = undefined;
      if (body.length > 0 && req.is('application/json')) {
        try {
          req.body = JSON.parse(body.toString('utf8'));
        } catch {
          res.status(400).json({
            errors: [{ message: 'Malformed JSON body.', extensions: { code: 'BAD_REQUEST' } }],
          });
          return;
        }
      }
      next();
    });
  };

  async function listen(port: number, host = '127.0.0.1'): Promise<RunningServer> {
    const apollo = new ApolloServer<TContext>({
      schema: buildSubgraphSchema({
        typeDefs: options.typeDefs,
        resolvers: options.resolvers as GraphQLResolverMap<unknown>,
      }),
      includeStacktraceInErrorResponses: false,
      // The process's owner (runUntilSignal, the launcher) stops servers in order on signals.
      stopOnTerminationSignals: false,
      formatError: (formatted) => maskError(formatted),
      plugins: [
        ApolloServerPluginInlineTraceDisabled(),
        logUnexpectedErrors as ApolloServerPlugin<TContext>,
        addRequestIds as ApolloServerPlugin<TContext>,
        metrics.graphql.plugin() as ApolloServerPlugin<TContext>,
      ],
    });
    await apollo.start();
    const app = express();
    app.disable('x-powered-by');
    app.set('query parser', 'extended');
    app.get('/healthz', (_req, res) => void res.json({ status: 'ok', service: options.name }));
    app.get('/readyz', async (_req, res) => {
      const ready = await (options.isReady?.() ?? Promise.resolve(true)).catch(() => false);
      res
        .status(ready ? 200 : 503)
        .json({ status: ready ? 'ready' : 'unavailable', service: options.name });
    });
    metrics.route(app, options.metricsAccess ?? null);
    options.routes?.(app, requireGateway);
    app.use(
      '/graphql',
      requireGateway,
      expressMiddleware(apollo, {
        context: async ({ req }) => {
          const caller = (req as SignedRequest).caller as Caller;
          const requestId = caller.requestId || randomUUID();
          const log = logger.child({ requestId, userId: caller.userId ?? undefined });
          return options.createContext({ caller, auth: new Auth(caller), requestId, log });
        },
      }),
    );
    const running = await serveHttp(app, port, host, () => apollo.stop());
    logger.info({ url: running.url }, `${options.name} subgraph listening`);
    return running;
  }

  return { name: options.name, listen };
}
