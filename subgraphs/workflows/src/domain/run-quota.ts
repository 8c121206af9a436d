import { rateLimited } from '@pyairtable/subgraph-kit';
import type { WorkflowsDeps } from '../deps.ts';

/** The first instant of the calendar month (UTC) of `now`, and of the next one. */
export function monthOf(now: Date) {
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  return { start, next };
}

/** Runs a workspace may still start this month. */
export async function quotaLeft(deps: WorkflowsDeps, workspaceId: string) {
  const used = await deps.db.countRunsSince(workspaceId, monthOf(deps.clock()).start);
  return deps.config.WORKFLOWS_RUNS_PER_MONTH - used;
}

/** RATE_LIMITED (until the month's end) when the workspace used its monthly runs. */
export async function requireRunQuota(deps: WorkflowsDeps, workspaceId: string) {
  if ((await quotaLeft(deps, workspaceId)) > 0) return;
  const { next } = monthOf(deps.clock());
  throw rateLimited(
    Math.ceil((next.getTime() - deps.clock().getTime()) / 1000),
    `This workspace started its ${deps.config.WORKFLOWS_RUNS_PER_MONTH} workflow runs this month; more can start on ${next.toISOString().slice(0, 10)}.`,
  );
}
