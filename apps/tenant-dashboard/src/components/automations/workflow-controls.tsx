'use client';
// The on/off switch and Pause/Resume, on the list and on a workflow's page.
import { useMutation } from '@apollo/client/react';
import {
  PAUSE_WORKFLOW,
  RESUME_WORKFLOW,
  SET_WORKFLOW_ENABLED,
  type WorkflowSummary,
} from '../../lib/graphql/workflows.ts';
import { useToasts } from '../toasts.tsx';
import { Badge, Button } from '../ui.tsx';

export function WorkflowControls({
  workflow,
  canEdit,
}: {
  workflow: WorkflowSummary;
  canEdit: boolean;
}) {
  const toasts = useToasts();
  const [setEnabled, enabling] = useMutation(SET_WORKFLOW_ENABLED);
  const [pause, pausing] = useMutation(PAUSE_WORKFLOW);
  const [resume, resuming] = useMutation(RESUME_WORKFLOW);
  const run = async (work: () => Promise<unknown>) => {
    try {
      await work();
    } catch (failure) {
      toasts.error(failure);
    }
  };
  return (
    <div className="workflow-controls">
      <label className="switch">
        <input
          type="checkbox"
          role="switch"
          aria-label={`${workflow.name}: on`}
          checked={workflow.enabled}
          disabled={!canEdit || enabling.loading}
          onChange={(e) =>
            void run(() =>
              setEnabled({
                variables: { id: workflow.id, enabled: e.target.checked },
                // The switch moves at once; a refusal moves it back (and says why).
                optimisticResponse: {
                  setWorkflowEnabled: { ...workflow, enabled: e.target.checked },
                },
              }),
            )
          }
        />
        <span className="switch-track" aria-hidden="true" />
        <span className="switch-label">{workflow.enabled ? 'On' : 'Off'}</span>
      </label>
      {workflow.paused ? <Badge tone="warning">Paused</Badge> : null}
      {canEdit ? (
        workflow.paused ? (
          <Button
            size="small"
            busy={resuming.loading}
            onClick={() => void run(() => resume({ variables: { id: workflow.id } }))}
          >
            Resume
          </Button>
        ) : (
          <Button
            size="small"
            variant="ghost"
            busy={pausing.loading}
            onClick={() => void run(() => pause({ variables: { id: workflow.id } }))}
          >
            Pause
          </Button>
        )
      ) : null}
    </div>
  );
}
