import { conflict, type Actor } from '@pyairtable/subgraph-kit';
import type { WorkflowsDeps } from '../deps.ts';
import { announceRun } from '../runs/announce-run.ts';
import { requireRun } from './access.ts';

/** Cancels a run that has not finished (editors); a step in progress is abandoned. */
export async function cancelRun(deps: WorkflowsDeps, actor: Actor, id: string) {
  const { run } = await requireRun(deps, actor, id, 'EDITOR');
  if (!(await deps.db.cancelRun(run.id, deps.clock())))
    throw conflict(`The run has finished (${run.status}).`);
  await announceRun(deps, run, 'CANCELLED');
  return (await deps.db.findRun(run.id))!;
}
