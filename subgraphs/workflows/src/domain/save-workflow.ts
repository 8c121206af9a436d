import { badUserInput, conflict, type Actor } from '@pyairtable/subgraph-kit';
import type { WhilePaused, Workflow, WorkflowData } from '../db.ts';
import type { WorkflowsDeps } from '../deps.ts';
import { requireWorkflow, requireWorkspaceRole } from './access.ts';
import { checkWorkflow } from './check-workflow.ts';
import type { Trigger } from './definition.ts';
import { ownerCallerOf } from './owner-caller.ts';
import { nextScheduleTimes } from './schedule.ts';
import { newWebhookSecret } from './webhook-secret.ts';

export interface CreateWorkflowInput {
  workspaceId: string;
  name: string;
  description?: string | null;
  trigger: unknown;
  steps: unknown;
  whilePaused?: WhilePaused | null;
  concurrency?: number | null;
}

export type UpdateWorkflowInput = Partial<Omit<CreateWorkflowInput, 'workspaceId'>> & {
  id: string;
};

function validName(name: string) {
  const trimmed = name.trim();
  if (!trimmed || trimmed.length > 200)
    throw badUserInput('A name has 1 to 200 characters.', 'name');
  return trimmed;
}

function validConcurrency(value: number) {
  if (!Number.isInteger(value) || value < 1 || value > 50)
    throw badUserInput('concurrency is between 1 and 50.', 'concurrency');
  return value;
}

/** The columns a trigger decides: its type and table, the next schedule slot, a webhook secret. */
export function triggerColumns(
  deps: WorkflowsDeps,
  trigger: Trigger,
  current?: Pick<Workflow, 'webhookSealed' | 'webhookHash'>,
) {
  const webhook =
    trigger.type === 'WEBHOOK'
      ? current?.webhookSealed
        ? { webhookSealed: current.webhookSealed, webhookHash: current.webhookHash }
        : newWebhookSecret(deps)
      : { webhookSealed: null, webhookHash: null };
  return {
    triggerType: trigger.type,
    baseId: 'baseId' in trigger ? (trigger.baseId ?? null) : null,
    tableId: 'tableId' in trigger ? (trigger.tableId ?? null) : null,
    nextRunAt:
      trigger.type === 'SCHEDULE'
        ? nextScheduleTimes(trigger.cron, trigger.timeZone, deps.clock(), 1)[0]!
        : null,
    ...webhook,
  };
}

/** Creates a workflow, off, checked against the tables its maker can see (editors). */
export async function createWorkflow(
  deps: WorkflowsDeps,
  actor: Actor,
  input: CreateWorkflowInput,
) {
  const ownerId = actor.userId!;
  await requireWorkspaceRole(deps, actor, input.workspaceId, 'EDITOR');
  const name = validName(input.name);
  if ((await deps.db.countWorkflows(input.workspaceId)) >= deps.config.WORKFLOWS_MAX_PER_WORKSPACE)
    throw conflict(`A workspace has at most ${deps.config.WORKFLOWS_MAX_PER_WORKSPACE} workflows.`);
  const ownerCaller = ownerCallerOf(actor);
  const { trigger, steps } = await checkWorkflow(
    deps.graphAs(ownerCaller, actor.requestId),
    input.trigger,
    input.steps,
    deps.clock(),
  );
  const data: WorkflowData = {
    workspaceId: input.workspaceId,
    name,
    description: (input.description ?? '').slice(0, 2000),
    whilePaused: input.whilePaused ?? 'QUEUE',
    concurrency: validConcurrency(input.concurrency ?? 5),
    ownerId,
    ownerCaller,
    ...triggerColumns(deps, trigger),
  };
  const workflow = await deps.db.insertWorkflow(data, { trigger, steps });
  actor.log.info({ workflowId: workflow.id }, 'workflow created');
  return workflow;
}

/** Changes a workflow (editors); a new trigger or new steps make a new version. */
export async function updateWorkflow(
  deps: WorkflowsDeps,
  actor: Actor,
  input: UpdateWorkflowInput,
) {
  const { workflow } = await requireWorkflow(deps, actor, input.id, 'EDITOR');
  const data: Partial<WorkflowData> = {};
  if (input.name != null) data.name = validName(input.name);
  if (input.description != null) data.description = input.description.slice(0, 2000);
  if (input.whilePaused != null) data.whilePaused = input.whilePaused;
  if (input.concurrency != null) data.concurrency = validConcurrency(input.concurrency);
  let version: { trigger: unknown; steps: unknown; createdById: string } | undefined;
  if (input.trigger != null || input.steps != null) {
    const current = await deps.db.findVersion(workflow.id, workflow.version);
    // The changed version acts for who changed it: they vouch for what it does.
    const ownerCaller = ownerCallerOf(actor);
    const checked = await checkWorkflow(
      deps.graphAs(ownerCaller, actor.requestId),
      input.trigger ?? current?.trigger,
      input.steps ?? current?.steps,
      deps.clock(),
    );
    version = { ...checked, createdById: actor.userId! };
    Object.assign(data, triggerColumns(deps, checked.trigger, workflow), {
      ownerId: actor.userId!,
      ownerCaller,
    });
  }
  return deps.db.updateWorkflow(workflow.id, data, version);
}
