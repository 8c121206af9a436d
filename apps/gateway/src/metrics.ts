import type express from 'express';

type Labels = Record<string, string>;

function labelText(labels: Labels): string {
  const pairs = Object.entries(labels).map(([k, v]) => `${k}="${v.replace(/["\\\n]/g, '_')}"`);
  return pairs.length ? `{${pairs.join(',')}}` : '';
}

/** Counters and gauges in the Prometheus text format, served at /metrics. */
export function createMetrics() {
  const series = new Map<
    string,
    { help: string; type: 'counter' | 'gauge'; values: Map<string, number> }
  >();

  function metric(name: string, help: string, type: 'counter' | 'gauge') {
    const entry = { help, type, values: new Map<string, number>() };
    series.set(name, entry);
    return {
      add(amount = 1, labels: Labels = {}) {
        const key = labelText(labels);
        entry.values.set(key, (entry.values.get(key) ?? 0) + amount);
      },
      value(labels: Labels = {}) {
        return entry.values.get(labelText(labels)) ?? 0;
      },
    };
  }

  const metrics = {
    subgraphRequests: metric(
      'gateway_subgraph_requests_total',
      'Requests the gateway sent to subgraphs, by subgraph.',
      'counter',
    ),
    subscriptions: metric('gateway_subscriptions_active', 'Active subscriptions.', 'gauge'),
    resolutions: metric(
      'gateway_subscription_resolutions_total',
      'Event selections resolved through the gateway (shared ones count once).',
      'counter',
    ),
    deliveries: metric(
      'gateway_subscription_deliveries_total',
      'Subscription results sent to clients.',
      'counter',
    ),
    /** The text exposition. */
    render(): string {
      const lines: string[] = [];
      for (const [name, { help, type, values }] of series) {
        lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`);
        if (values.size === 0) lines.push(`${name} 0`);
        for (const [labels, value] of values) lines.push(`${name}${labels} ${value}`);
      }
      return `${lines.join('\n')}\n`;
    },
    route(app: express.Express) {
      app.get('/metrics', (_req, res) => {
        res.type('text/plain; version=0.0.4').send(metrics.render());
      });
    },
  };
  return metrics;
}

export type Metrics = ReturnType<typeof createMetrics>;
