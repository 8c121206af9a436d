import type { Actor } from '@pyairtable/subgraph-kit';
import type { WorkflowsDeps } from '../deps.ts';
import { requireWorkflow } from './access.ts';

/** Deletes a workflow with its versions and runs (editors); runs in progress stop. */
export async function deleteWorkflow(deps: WorkflowsDeps, actor: Actor, id: string) {
  const { workflow } = await requireWorkflow(deps, actor, id, 'EDITOR');
  await deps.db.deleteWorkflow(workflow.id);
  actor.log.info({ workflowId: workflow.id }, 'workflow deleted');
  return true;
}
