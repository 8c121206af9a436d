import type { GatewayExecutor } from '@pyairtable/subgraph-kit';
import type { Run, Workflow } from '../../db.ts';
import type { WorkflowsDeps } from '../../deps.ts';

/** What a step's executor works with. */
export interface StepContext {
  deps: WorkflowsDeps;
  run: Run;
  workflow: Workflow;
  /** The step's key in the run (unique per run), for idempotency keys. */
  key: string;
  /** Operations through the gateway as the workflow's owner. */
  graph: GatewayExecutor;
  /** Aborted at the step's timeout, a cancellation or the process stopping. */
  signal: AbortSignal;
  /** Adds a line to the step's logs. */
  log: (line: string) => void;
  /** A test run: writes, requests, notifications and assistant calls are previewed. */
  dryRun: boolean;
  /** When the step first started (waits count from it). */
  startedAt: Date;
  /** The templates' scope (`trigger`, `steps`, `loop`). */
  scope: Record<string, unknown>;
}

/** The idempotency key of a step's write: the same on every retry and after a crash. */
export const writeKey = (ctx: StepContext) => `workflow:${ctx.run.id}:${ctx.key}`;
