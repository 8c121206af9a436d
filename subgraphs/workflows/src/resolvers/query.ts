import { offsetConnection, readOffsetPage } from '@pyairtable/subgraph-kit';
import type { RunStatus } from '../db.ts';
import type { WorkflowsContext } from '../deps.ts';
import { requireRun, requireWorkflow, requireWorkspaceRole } from '../domain/access.ts';
import { nextScheduleTimes } from '../domain/schedule.ts';
import { badUserInput } from '@pyairtable/subgraph-kit';

export const Query = {
  workflows: async (_: unknown, args: { workspaceId: string }, ctx: WorkflowsContext) => {
    await requireWorkspaceRole(ctx.deps, ctx.actor, args.workspaceId, 'VIEWER');
    return ctx.deps.db.listWorkflows(args.workspaceId.toLowerCase());
  },
  workflow: async (_: unknown, args: { id: string }, ctx: WorkflowsContext) =>
    (await requireWorkflow(ctx.deps, ctx.actor, args.id)).workflow,
  workflowRuns: async (
    _: unknown,
    args: { workflowId: string; status?: RunStatus | null; first?: number; after?: string },
    ctx: WorkflowsContext,
  ) => {
    const { workflow } = await requireWorkflow(ctx.deps, ctx.actor, args.workflowId);
    const page = readOffsetPage(args);
    const rows = await ctx.deps.db.listRuns(workflow.id, { ...page, status: args.status ?? null });
    return offsetConnection(rows, page, 0);
  },
  workflowRun: async (_: unknown, args: { id: string }, ctx: WorkflowsContext) =>
    (await requireRun(ctx.deps, ctx.actor, args.id)).run,
  workflowScheduleTimes: (
    _: unknown,
    args: { cron: string; timeZone?: string | null; count?: number | null },
    ctx: WorkflowsContext,
  ) => {
    const count = args.count ?? 5;
    if (!Number.isInteger(count) || count < 1 || count > 50)
      throw badUserInput('count is between 1 and 50.', 'count');
    return nextScheduleTimes(args.cron, args.timeZone ?? 'UTC', ctx.deps.clock(), count);
  },
};
