import { DateTime, isClientError, JSONScalar, roleAtLeast } from '@pyairtable/subgraph-kit';
import type { Run, StepRun, Workflow as WorkflowRow } from '../db.ts';
import type { WorkflowsContext } from '../deps.ts';
import { requireRun, requireWorkflow } from '../domain/access.ts';
import { TriggerSchema } from '../domain/definition.ts';
import { monthOf } from '../domain/run-quota.ts';
import { nextScheduleTimes } from '../domain/schedule.ts';
import { webhookUrlOf } from '../domain/webhook-secret.ts';

export const scalars = { DateTime, JSON: JSONScalar };

const orNull = (error: unknown) => {
  if (isClientError(error as Error)) return null;
  throw error;
};

const currentVersion = (w: WorkflowRow, ctx: WorkflowsContext) =>
  ctx.deps.db.findVersion(w.id, w.version);

const ms = (from: Date | null, to: Date | null) =>
  from && to ? to.getTime() - from.getTime() : null;

export const Workflow = {
  // Members of its workspace only; others get null, as references expect.
  __resolveReference: (ref: { id: string }, ctx: WorkflowsContext) =>
    requireWorkflow(ctx.deps, ctx.actor, ref.id).then((r) => r.workflow, orNull),
  trigger: async (w: WorkflowRow, _: unknown, ctx: WorkflowsContext) =>
    (await currentVersion(w, ctx))?.trigger ?? {},
  steps: async (w: WorkflowRow, _: unknown, ctx: WorkflowsContext) =>
    (await currentVersion(w, ctx))?.steps ?? [],
  versions: (w: WorkflowRow, _: unknown, ctx: WorkflowsContext) => ctx.deps.db.listVersions(w.id),
  webhookUrl: async (w: WorkflowRow, _: unknown, ctx: WorkflowsContext) => {
    if (!w.webhookSealed || !ctx.actor.userId) return null;
    const role = await ctx.deps.memberships.roleOf(ctx.actor.userId, w.workspaceId, ctx.requestId);
    return role && roleAtLeast(role, 'EDITOR') ? webhookUrlOf(ctx.deps, w.webhookSealed) : null;
  },
  nextRunTimes: async (w: WorkflowRow, _: unknown, ctx: WorkflowsContext) => {
    if (w.triggerType !== 'SCHEDULE') return [];
    const parsed = TriggerSchema.safeParse((await currentVersion(w, ctx))?.trigger);
    if (!parsed.success || parsed.data.type !== 'SCHEDULE') return [];
    return nextScheduleTimes(parsed.data.cron, parsed.data.timeZone, ctx.deps.clock(), 5);
  },
  lastRun: (w: WorkflowRow, _: unknown, ctx: WorkflowsContext) => ctx.deps.db.findLastRun(w.id),
  runsThisMonth: (w: WorkflowRow, _: unknown, ctx: WorkflowsContext) =>
    ctx.deps.db.countRunsSince(w.workspaceId, monthOf(ctx.deps.clock()).start),
  runQuota: (_w: WorkflowRow, _: unknown, ctx: WorkflowsContext) =>
    ctx.deps.config.WORKFLOWS_RUNS_PER_MONTH,
};

export const WorkflowRun = {
  __resolveReference: (ref: { id: string }, ctx: WorkflowsContext) =>
    requireRun(ctx.deps, ctx.actor, ref.id).then((r) => r.run, orNull),
  steps: (r: Run, _: unknown, ctx: WorkflowsContext) => ctx.deps.db.listStepRuns(r.id),
  durationMs: (r: Run) => ms(r.startedAt, r.finishedAt),
};

export const WorkflowStepRun = {
  durationMs: (s: StepRun) => ms(s.startedAt, s.finishedAt),
};
