import { conflict, notFound, type Actor } from '@pyairtable/subgraph-kit';
import type { Workflow } from '../db.ts';
import type { WorkflowsDeps } from '../deps.ts';
import { executeRun } from '../runs/execute-run.ts';
import { graphCall } from '../runs/graph-call.ts';
import { requireWorkflow } from './access.ts';
import { TriggerSchema, type Trigger } from './definition.ts';
import { ownerCallerOf } from './owner-caller.ts';
import { requireRunQuota } from './run-quota.ts';

const RECORD = `query ($b: ID!, $t: ID!, $id: ID!) {
  record(baseId: $b, tableId: $t, id: $id) { id createdTime fields }
}`;

/**
 * Stores a run of a workflow's current version and sends its job. A paused workflow holds it
 * (or drops it: null); a suspended workspace or a used-up monthly quota refuse it.
 */
export async function startRun(
  deps: WorkflowsDeps,
  workflow: Workflow,
  triggerType: string,
  trigger: Record<string, unknown>,
  sourceKey: string | null,
) {
  if ((await deps.suspendedWorkspaces()).has(workflow.workspaceId))
    throw conflict('This workspace is suspended: its workflows do not run.');
  if (workflow.paused && workflow.whilePaused === 'DROP') return null;
  await requireRunQuota(deps, workflow.workspaceId);
  const [run] = await deps.db.insertRuns([
    {
      workflowId: workflow.id,
      workspaceId: workflow.workspaceId,
      version: workflow.version,
      triggerType,
      trigger,
      sourceKey,
      held: workflow.paused,
      leaseUntil: new Date(deps.clock().getTime() + deps.queue.graceMs),
    },
  ]);
  if (!run) return null;
  if (!run.held) await deps.queue.dispatch([run.id]);
  return deps.db.findRun(run.id);
}

/** What a manual or test run's `trigger` holds: the record given, shaped as the trigger gives it. */
async function manualTrigger(
  deps: WorkflowsDeps,
  actor: Actor,
  trigger: Trigger,
  recordId: string | null | undefined,
  body: unknown,
) {
  const data: Record<string, unknown> = {
    type: trigger.type,
    manual: true,
    startedBy: actor.userId,
  };
  if (trigger.type === 'SCHEDULE') data.scheduledAt = deps.clock().toISOString();
  if (trigger.type === 'WEBHOOK') {
    data.body = body ?? {};
    data.receivedAt = deps.clock().toISOString();
  }
  if ('tableId' in trigger && trigger.tableId && trigger.baseId) {
    data.baseId = trigger.baseId;
    data.tableId = trigger.tableId;
    if (recordId) {
      const found = await graphCall<{
        record: { id: string; createdTime: string; fields: object } | null;
      }>(deps.graphAs(ownerCallerOf(actor), actor.requestId), RECORD, {
        b: trigger.baseId,
        t: trigger.tableId,
        id: recordId,
      }).catch(() => ({ record: null }));
      if (!found.record) throw notFound('Record', recordId);
      data.record = found.record;
      data.previous = { fields: found.record.fields };
      data.changedFields = [];
    }
  }
  return data;
}

/** Runs an enabled workflow now (editors), with a record of its trigger table when given. */
export async function runWorkflow(
  deps: WorkflowsDeps,
  actor: Actor,
  input: { workflowId: string; recordId?: string | null },
) {
  const { workflow } = await requireWorkflow(deps, actor, input.workflowId, 'EDITOR');
  if (!workflow.enabled)
    throw conflict('Turn the workflow on to run it (a test run works while it is off).');
  const version = await deps.db.findVersion(workflow.id, workflow.version);
  const trigger = TriggerSchema.parse(version!.trigger);
  const data = await manualTrigger(deps, actor, trigger, input.recordId, undefined);
  const run = await startRun(deps, workflow, 'MANUAL', data, null);
  if (!run) throw conflict('The workflow is paused and drops its triggers meanwhile.');
  return run;
}

/**
 * A dry run of the current version (editors), worked here and now: reads are real; writes,
 * requests, notifications and the assistant are previewed. Returns the finished run.
 */
export async function testWorkflow(
  deps: WorkflowsDeps,
  actor: Actor,
  input: { workflowId: string; recordId?: string | null; body?: unknown },
) {
  const { workflow } = await requireWorkflow(deps, actor, input.workflowId, 'EDITOR');
  const version = await deps.db.findVersion(workflow.id, workflow.version);
  const trigger = TriggerSchema.parse(version!.trigger);
  const data = await manualTrigger(deps, actor, trigger, input.recordId, input.body);
  const [run] = await deps.db.insertRuns([
    {
      workflowId: workflow.id,
      workspaceId: workflow.workspaceId,
      version: workflow.version,
      triggerType: 'MANUAL',
      trigger: data,
      sourceKey: null,
      dryRun: true,
      leaseUntil: new Date(deps.clock().getTime() + deps.queue.graceMs),
    },
  ]);
  return (await executeRun(deps, run!.id)) ?? (await deps.db.findRun(run!.id))!;
}
