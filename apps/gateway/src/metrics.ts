import type { ApolloServerPlugin } from '@apollo/server';
import { createMetricsRegistry, serveMetrics, type MetricsAccess } from '@pyairtable/subgraph-kit';
import type express from 'express';
import { Counter, Gauge, Histogram } from 'prom-client';

export type { MetricsAccess };

/** The gateway's Prometheus metrics (one registry per gateway), with Node's defaults. */
export function createMetrics() {
  // Unlabelled: the gateway's series keep the names and labels dashboards already use.
  const registry = createMetricsRegistry();
  const registers = [registry];
  const metrics = {
    registry,
    subgraphRequests: new Counter({
      name: 'gateway_subgraph_requests_total',
      help: 'Requests the gateway sent to subgraphs, by subgraph.',
      labelNames: ['subgraph'] as const,
      registers,
    }),
    subscriptions: new Gauge({
      name: 'gateway_subscriptions_active',
      help: 'Active subscriptions.',
      registers,
    }),
    resolutions: new Counter({
      name: 'gateway_subscription_resolutions_total',
      help: 'Event selections resolved through the gateway (shared ones count once).',
      registers,
    }),
    deliveries: new Counter({
      name: 'gateway_subscription_deliveries_total',
      help: 'Subscription results sent to clients.',
      registers,
    }),
    operations: new Histogram({
      name: 'gateway_operation_duration_seconds',
      help: 'Operations through the gateway, by type (subscription: the queries run for subscribers) and outcome.',
      labelNames: ['type', 'outcome'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120],
      registers,
    }),

    /** Times every operation Apollo runs. */
    plugin(): ApolloServerPlugin<{ forSubscription?: boolean }> {
      return {
        async requestDidStart({ contextValue }) {
          const started = performance.now();
          return {
            async willSendResponse({ operation, response, errors }) {
              const body = response.body.kind === 'single' ? response.body.singleResult : null;
              const failed = Boolean(errors?.length || body?.errors?.length);
              metrics.operations.observe(
                {
                  type: contextValue.forSubscription
                    ? 'subscription'
                    : (operation?.operation ?? 'invalid'),
                  outcome: failed ? 'error' : 'ok',
                },
                (performance.now() - started) / 1000,
              );
            },
          };
        },
      };
    },

    /** Serves the text exposition at GET /metrics to those `access` lets in. */
    route(app: express.Express, access: MetricsAccess) {
      serveMetrics(app, registry, access);
    },
  };
  return metrics;
}

export type Metrics = ReturnType<typeof createMetrics>;
