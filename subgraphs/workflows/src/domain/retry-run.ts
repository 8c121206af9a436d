import { conflict, type Actor } from '@pyairtable/subgraph-kit';
import type { WorkflowsDeps } from '../deps.ts';
import { requireRun } from './access.ts';
import { requireRunQuota } from './run-quota.ts';

/**
 * Runs a failed or cancelled run again from the step that failed (editors): the steps that
 * succeeded keep their results and are not run again.
 */
export async function retryRun(deps: WorkflowsDeps, actor: Actor, id: string) {
  const { run } = await requireRun(deps, actor, id, 'EDITOR');
  if (run.dryRun) throw conflict('A test run is not run again: start a new test run.');
  await requireRunQuota(deps, run.workspaceId);
  const leaseUntil = new Date(deps.clock().getTime() + deps.queue.graceMs);
  if (!(await deps.db.requeueRun(run.id, leaseUntil)))
    throw conflict(`Only failed or cancelled runs are run again (this one is ${run.status}).`);
  await deps.queue.dispatch([run.id]);
  return (await deps.db.findRun(run.id))!;
}
