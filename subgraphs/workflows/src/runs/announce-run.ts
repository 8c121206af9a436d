import { createEvent } from '@pyairtable/events';
import type { Run, RunStatus, Workflow } from '../db.ts';
import type { WorkflowsDeps } from '../deps.ts';

/** Tells subscribers a run moved (the gateway streams workflowRunUpdated). Best effort. */
export async function announceRun(deps: WorkflowsDeps, run: Run, status: RunStatus) {
  await deps.events
    .publish(
      createEvent('workflow.runUpdated', {
        workspaceId: run.workspaceId,
        workflowId: run.workflowId,
        runId: run.id,
        status,
      }),
    )
    .catch((err: unknown) => deps.logger.warn({ err, runId: run.id }, 'run update not published'));
}

/** A failed run: its owner is notified and webhooks send workflow.run_failed. */
export async function announceRunFailed(
  deps: WorkflowsDeps,
  run: Run,
  workflow: Workflow,
  failure: { error: string; key: string },
) {
  await deps.events
    .publish(
      createEvent('workflow.runFailed', {
        workspaceId: run.workspaceId,
        workflowId: workflow.id,
        workflowName: workflow.name.slice(0, 500),
        runId: run.id,
        ownerId: workflow.ownerId,
        failedStep: failure.key || null,
        error: failure.error.slice(0, 2000),
      }),
    )
    .catch((err: unknown) => deps.logger.warn({ err, runId: run.id }, 'run failure not published'));
}
