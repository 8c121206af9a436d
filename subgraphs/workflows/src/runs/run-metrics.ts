import { Gauge } from 'prom-client';
import { createServiceMetrics } from '@pyairtable/subgraph-kit';
import type { WorkflowsDb } from '../db.ts';

/**
 * The workflows subgraph's metrics: the shared GraphQL and runtime series, plus its runs not
 * finished by status and the age of the oldest queued one, read from the database at scrape time.
 */
export function createWorkflowsMetrics(db: WorkflowsDb, clock: () => Date) {
  const metrics = createServiceMetrics('workflows');
  let open: Promise<Awaited<ReturnType<WorkflowsDb['countOpenRuns']>>> | null = null;
  // One query per scrape serves both gauges.
  const read = () => {
    open ??= db.countOpenRuns().finally(() => setTimeout(() => (open = null), 1_000).unref());
    return open;
  };
  new Gauge({
    name: 'workflow_runs_open',
    help: 'Workflow runs not finished, by status (QUEUED, RUNNING, WAITING).',
    labelNames: ['status'] as const,
    registers: [metrics.registry],
    async collect() {
      const groups = await read();
      for (const status of ['QUEUED', 'RUNNING', 'WAITING'] as const)
        this.set({ status }, groups.find((g) => g.status === status)?.count ?? 0);
    },
  });
  new Gauge({
    name: 'workflow_oldest_queued_run_age_seconds',
    help: 'How long the oldest queued workflow run has waited (0 when none).',
    registers: [metrics.registry],
    async collect() {
      const oldest = (await read()).find((g) => g.status === 'QUEUED')?.oldest;
      this.set(oldest ? Math.max(0, (clock().getTime() - oldest.getTime()) / 1000) : 0);
    },
  });
  return metrics;
}
