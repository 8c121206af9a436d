import type { Actor } from '@pyairtable/subgraph-kit';
import type { WorkflowsDeps } from '../deps.ts';
import { requireWorkflow } from './access.ts';

/** Pauses a workflow (editors): triggers are queued (held) or dropped, as whilePaused says. */
export async function pauseWorkflow(deps: WorkflowsDeps, actor: Actor, id: string) {
  const { workflow } = await requireWorkflow(deps, actor, id, 'EDITOR');
  return deps.db.updateWorkflow(workflow.id, { paused: true });
}

/** Resumes a paused workflow (editors); the runs it held start now. */
export async function resumeWorkflow(deps: WorkflowsDeps, actor: Actor, id: string) {
  const { workflow } = await requireWorkflow(deps, actor, id, 'EDITOR');
  const resumed = await deps.db.updateWorkflow(workflow.id, { paused: false });
  const held = await deps.db.releaseHeldRuns(
    workflow.id,
    new Date(deps.clock().getTime() + deps.queue.graceMs),
  );
  await deps.queue.dispatch(held.map((r) => r.id));
  return resumed;
}
