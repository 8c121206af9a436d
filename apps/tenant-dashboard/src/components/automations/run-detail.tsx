'use client';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import {
  CANCEL_WORKFLOW_RUN,
  RETRY_WORKFLOW_RUN,
  type WorkflowRun,
} from '../../lib/graphql/workflows.ts';
import { useToasts } from '../toasts.tsx';
import { Badge, Button } from '../ui.tsx';
import { formatMs, isUnfinished, RunStatus } from './run-status.tsx';
import { StepRunRow } from './step-run-row.tsx';

/** A run: what started it, each step as it ran, and Cancel or Retry. */
export function RunDetail({
  run,
  canEdit,
  stepsOpen,
}: {
  run: WorkflowRun;
  canEdit: boolean;
  /** Opens every step's input and output (a test run's result). */
  stepsOpen?: boolean;
}) {
  const toasts = useToasts();
  const [showTrigger, setShowTrigger] = useState(false);
  const refetchQueries = ['WorkflowRuns', 'Workflow'];
  const [cancel, cancelling] = useMutation(CANCEL_WORKFLOW_RUN, { refetchQueries });
  const [retry, retrying] = useMutation(RETRY_WORKFLOW_RUN, { refetchQueries });
  const act = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      toasts.show(done, 'success');
    } catch (failure) {
      toasts.error(failure);
    }
  };
  return (
    <div className="run-detail" role="region" aria-label={`Run ${run.id}`}>
      <div className="run-summary">
        <div className="grow">
          <RunStatus status={run.status} />{' '}
          {run.dryRun ? <Badge tone="accent">Test run</Badge> : null}{' '}
          <span className="muted">
            {run.triggerType} · version {run.version} · started{' '}
            {new Date(run.startedAt ?? run.createdAt).toLocaleString()} · {formatMs(run.durationMs)}
          </span>
          {run.error ? (
            <p className="field-error">
              {run.failedStep ? (
                <>
                  Step <code>{run.failedStep}</code> failed:{' '}
                </>
              ) : null}
              {run.error}
            </p>
          ) : null}
        </div>
        {canEdit && isUnfinished(run.status) ? (
          <Button
            size="small"
            icon="stop"
            busy={cancelling.loading}
            onClick={() => void act(() => cancel({ variables: { id: run.id } }), 'Run cancelled.')}
          >
            Cancel run
          </Button>
        ) : null}
        {canEdit && (run.status === 'FAILED' || run.status === 'CANCELLED') && !run.dryRun ? (
          <Button
            size="small"
            icon="refresh"
            busy={retrying.loading}
            onClick={() =>
              void act(
                () => retry({ variables: { id: run.id } }),
                'Running again from the step that failed.',
              )
            }
          >
            Retry
          </Button>
        ) : null}
        <Button
          size="small"
          variant="ghost"
          aria-expanded={showTrigger}
          onClick={() => setShowTrigger(!showTrigger)}
        >
          {showTrigger ? 'Hide trigger data' : 'Trigger data'}
        </Button>
      </div>
      {showTrigger ? (
        <pre className="run-trigger">{JSON.stringify(run.trigger, null, 2)}</pre>
      ) : null}
      {run.steps.length ? (
        <ol className="step-runs" aria-label="Steps run">
          {run.steps.map((step) => (
            <StepRunRow key={step.key} step={step} open={stepsOpen ?? false} />
          ))}
        </ol>
      ) : (
        <p className="muted">No step has started yet.</p>
      )}
    </div>
  );
}
