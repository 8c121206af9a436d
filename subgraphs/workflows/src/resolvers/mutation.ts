import type { WorkflowsContext } from '../deps.ts';
import { cancelRun } from '../domain/cancel-run.ts';
import { deleteWorkflow } from '../domain/delete-workflow.ts';
import { pauseWorkflow, resumeWorkflow } from '../domain/pause-workflow.ts';
import { retryRun } from '../domain/retry-run.ts';
import { rotateWebhookUrl } from '../domain/rotate-webhook-url.ts';
import {
  createWorkflow,
  updateWorkflow,
  type CreateWorkflowInput,
  type UpdateWorkflowInput,
} from '../domain/save-workflow.ts';
import { setWorkflowEnabled } from '../domain/set-workflow-enabled.ts';
import { runWorkflow, testWorkflow } from '../domain/start-run.ts';

type Input<T> = { input: T };
type Id = { id: string };

export const Mutation = {
  createWorkflow: (_: unknown, { input }: Input<CreateWorkflowInput>, ctx: WorkflowsContext) =>
    createWorkflow(ctx.deps, ctx.actor, input),
  updateWorkflow: (_: unknown, { input }: Input<UpdateWorkflowInput>, ctx: WorkflowsContext) =>
    updateWorkflow(ctx.deps, ctx.actor, input),
  deleteWorkflow: (_: unknown, args: Id, ctx: WorkflowsContext) =>
    deleteWorkflow(ctx.deps, ctx.actor, args.id),
  setWorkflowEnabled: (_: unknown, args: Id & { enabled: boolean }, ctx: WorkflowsContext) =>
    setWorkflowEnabled(ctx.deps, ctx.actor, args.id, args.enabled),
  pauseWorkflow: (_: unknown, args: Id, ctx: WorkflowsContext) =>
    pauseWorkflow(ctx.deps, ctx.actor, args.id),
  resumeWorkflow: (_: unknown, args: Id, ctx: WorkflowsContext) =>
    resumeWorkflow(ctx.deps, ctx.actor, args.id),
  runWorkflow: (
    _: unknown,
    { input }: Input<{ workflowId: string; recordId?: string | null }>,
    ctx: WorkflowsContext,
  ) => runWorkflow(ctx.deps, ctx.actor, input),
  testWorkflow: (
    _: unknown,
    { input }: Input<{ workflowId: string; recordId?: string | null; body?: unknown }>,
    ctx: WorkflowsContext,
  ) => testWorkflow(ctx.deps, ctx.actor, input),
  cancelWorkflowRun: (_: unknown, args: Id, ctx: WorkflowsContext) =>
    cancelRun(ctx.deps, ctx.actor, args.id),
  retryWorkflowRun: (_: unknown, args: Id, ctx: WorkflowsContext) =>
    retryRun(ctx.deps, ctx.actor, args.id),
  rotateWorkflowWebhookUrl: (_: unknown, args: Id, ctx: WorkflowsContext) =>
    rotateWebhookUrl(ctx.deps, ctx.actor, args.id),
};
