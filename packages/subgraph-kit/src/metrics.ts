import { timingSafeEqual } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type express from 'express';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/** Who may read /metrics: anyone (token null), a bearer of the token, or nobody (null). */
export type MetricsAccess = { token: string | null } | null;

// Operation names and error codes come from clients' documents: past this many distinct
// values a label reads "other", so a client cannot grow the series without bound.
const MAX_LABEL_VALUES = 200;
const OTHER = 'other';

const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

/** The rule every process shares: a token when METRICS_TOKEN is set, else open outside production. */
export function metricsAccessOf(config: {
  NODE_ENV: string;
  METRICS_TOKEN?: string | undefined;
}): MetricsAccess {
  if (config.METRICS_TOKEN) return { token: config.METRICS_TOKEN };
  return config.NODE_ENV === 'production' ? null : { token: null };
}

/** A label whose values are kept to MAX_LABEL_VALUES distinct ones, then "other". */
function createBoundedLabel(max = MAX_LABEL_VALUES) {
  const seen = new Set<string>();
  return (value: string): string => {
    if (seen.has(value)) return value;
    if (seen.size >= max) return OTHER;
    seen.add(value);
    return value;
  };
}

/** A process's Prometheus registry with Node's runtime metrics, labelled `service` when named. */
export function createMetricsRegistry(service?: string): Registry {
  const registry = new Registry();
  if (service) registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  return registry;
}

/** Serves the registry's text exposition at GET /metrics to those `access` lets in. */
export function serveMetrics(app: express.Express, registry: Registry, access: MetricsAccess) {
  if (!access) return;
  const expected = access.token ? Buffer.from(`Bearer ${access.token}`) : null;
  app.get('/metrics', async (req, res) => {
    const given = Buffer.from(req.header('authorization') ?? '');
    if (expected && (given.length !== expected.length || !timingSafeEqual(given, expected))) {
      res.status(401).set('www-authenticate', 'Bearer').end();
      return;
    }
    res.type(registry.contentType).send(await registry.metrics());
  });
}

/** GraphQL operation latency by operation name, type and outcome, and errors by code. */
export function createGraphqlMetrics(registry: Registry) {
  const operationName = createBoundedLabel();
  const errorCode = createBoundedLabel(50);
  const registers = [registry];
  const operations = new Histogram({
    name: 'graphql_operation_duration_seconds',
    help: 'GraphQL operations served, by operation name (from the executed document), type and outcome.',
    labelNames: ['operation', 'type', 'outcome'] as const,
    buckets: DURATION_BUCKETS,
    registers,
  });
  const errors = new Counter({
    name: 'graphql_errors_total',
    help: 'Errors in GraphQL responses, by extensions.code.',
    labelNames: ['code'] as const,
    registers,
  });

  /** Times every operation Apollo runs and counts its errors' codes. */
  function plugin(): ApolloServerPlugin<object> {
    return {
      async requestDidStart() {
        const started = performance.now();
        return {
          async willSendResponse({ operation, response, errors: thrown }) {
            const body = response.body.kind === 'single' ? response.body.singleResult : null;
            const sent = body?.errors ?? thrown ?? [];
            for (const error of sent) {
              const code = error.extensions?.code;
              errors.inc({ code: errorCode(typeof code === 'string' ? code : 'UNKNOWN') });
            }
            operations.observe(
              {
                operation: operation
                  ? operationName(operation.name?.value ?? 'anonymous')
                  : 'invalid',
                type: operation?.operation ?? 'invalid',
                outcome: sent.length > 0 ? 'error' : 'ok',
              },
              (performance.now() - started) / 1000,
            );
          },
        };
      },
    };
  }
  return { operations, errors, plugin };
}

/** HTTP request latency by method, route pattern (never the raw URL) and status. */
export function createHttpMetrics(registry: Registry) {
  const routeName = createBoundedLabel();
  const requests = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP requests served, by method, route pattern and status.',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: DURATION_BUCKETS,
    registers: [registry],
  });
  const KNOWN_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

  /** Middleware (mount first) recording each request when its response ends. */
  const middleware: express.RequestHandler = (req, res, next) => {
    const started = performance.now();
    res.on('finish', () => {
      const pattern = req.route?.path;
      const route =
        typeof pattern === 'string' ? routeName(`${req.baseUrl}${pattern}`) : 'unmatched';
      requests.observe(
        {
          method: KNOWN_METHODS.has(req.method) ? req.method : 'OTHER',
          route,
          status: String(res.statusCode),
        },
        (performance.now() - started) / 1000,
      );
    });
    next();
  };
  return { requests, middleware };
}

/** One process's metrics: its registry, the GraphQL and HTTP series, and where to serve them. */
export function createServiceMetrics(service: string) {
  const registry = createMetricsRegistry(service);
  return {
    registry,
    graphql: createGraphqlMetrics(registry),
    http: createHttpMetrics(registry),
    route: (app: express.Express, access: MetricsAccess) => serveMetrics(app, registry, access),
  };
}

export type ServiceMetrics = ReturnType<typeof createServiceMetrics>;
