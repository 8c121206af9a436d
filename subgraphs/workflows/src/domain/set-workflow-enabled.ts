import type { Actor } from '@pyairtable/subgraph-kit';
import type { WorkflowsDeps } from '../deps.ts';
import { requireWorkflow } from './access.ts';
import { TriggerSchema } from './definition.ts';
import { ownerCallerOf } from './owner-caller.ts';
import { triggerColumns } from './save-workflow.ts';

/**
 * Turns a workflow on or off (editors). Who turns it on becomes its owner: runs act with their
 * permissions from then on. A schedule starts counting from now.
 */
export async function setWorkflowEnabled(
  deps: WorkflowsDeps,
  actor: Actor,
  id: string,
  enabled: boolean,
) {
  const { workflow } = await requireWorkflow(deps, actor, id, 'EDITOR');
  if (!enabled) return deps.db.updateWorkflow(workflow.id, { enabled: false });
  const version = await deps.db.findVersion(workflow.id, workflow.version);
  const trigger = TriggerSchema.parse(version!.trigger);
  return deps.db.updateWorkflow(workflow.id, {
    enabled: true,
    ownerId: actor.userId!,
    ownerCaller: ownerCallerOf(actor),
    nextRunAt: triggerColumns(deps, trigger, workflow).nextRunAt,
  });
}
