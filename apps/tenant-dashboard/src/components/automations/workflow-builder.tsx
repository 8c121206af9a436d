'use client';
// The builder: name, trigger and steps, saved as the JSON of WORKFLOWS.md. The server checks
// it; a refusal names the step and the path, and is shown on that step's card.
import { CombinedGraphQLErrors } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useRouter } from 'next/navigation';
import { useId, useState, type FormEvent } from 'react';
import {
  CREATE_WORKFLOW,
  UPDATE_WORKFLOW,
  WORKFLOWS,
  type Workflow,
} from '../../lib/graphql/workflows.ts';
import {
  allStepIds,
  errorOwner,
  readSteps,
  readTrigger,
  type StepDraft,
  type TriggerDraft,
} from '../../lib/workflow-draft.ts';
import { useToasts } from '../toasts.tsx';
import { Button, ErrorMessage, TextField } from '../ui.tsx';
import type { ErrorPlace } from './step-card.tsx';
import { StepList } from './step-list.tsx';
import { TriggerCard } from './trigger-card.tsx';

/** The step (or the trigger) a BAD_USER_INPUT names, with its message. */
function errorPlaceOf(error: unknown): ErrorPlace | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const bad = error.errors.find((e) => e.extensions?.code === 'BAD_USER_INPUT');
  const field = bad?.extensions?.field;
  if (!bad || typeof field !== 'string') return null;
  const owner = errorOwner(field);
  return owner ? { owner, field, message: bad.message } : null;
}

export function WorkflowBuilder({
  workspaceId,
  workflow,
  canEdit,
}: {
  workspaceId: string;
  workflow: Workflow | null;
  canEdit: boolean;
}) {
  const id = useId();
  const router = useRouter();
  const toasts = useToasts();
  const [name, setName] = useState(workflow?.name ?? 'Untitled automation');
  const [description, setDescription] = useState(workflow?.description ?? '');
  const [whilePaused, setWhilePaused] = useState(workflow?.whilePaused ?? 'QUEUE');
  const [concurrency, setConcurrency] = useState(workflow?.concurrency ?? 5);
  const [trigger, setTrigger] = useState<TriggerDraft>(() =>
    workflow ? readTrigger(workflow.trigger) : { type: 'RECORD_CREATED', baseId: '', tableId: '' },
  );
  const [steps, setSteps] = useState<StepDraft[]>(() => readSteps(workflow?.steps));
  const [failure, setFailure] = useState<unknown>(null);
  const refetchQueries = [{ query: WORKFLOWS, variables: { workspaceId } }];
  const [create, creating] = useMutation(CREATE_WORKFLOW, { refetchQueries });
  const [update, updating] = useMutation(UPDATE_WORKFLOW, { refetchQueries });
  const place = errorPlaceOf(failure);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const settings = { name: name.trim(), description, trigger, steps, whilePaused, concurrency };
    try {
      if (workflow) {
        await update({ variables: { input: { id: workflow.id, ...settings } } });
        toasts.show('Automation saved.', 'success');
      } else {
        const res = await create({ variables: { input: { workspaceId, ...settings } } });
        const created = res.data?.createWorkflow;
        toasts.show('Automation created. Turn it on when it is ready.', 'success');
        if (created) router.push(`/w/${workspaceId}/automations/${created.id}`);
      }
    } catch (error) {
      setFailure(error);
      requestAnimationFrame(() =>
        document
          .querySelector('.step-card-invalid, .trigger-card [role=alert]')
          ?.scrollIntoView({ block: 'center' }),
      );
    }
  };

  return (
    <form className="builder" onSubmit={(e) => void save(e)} aria-label="Automation builder">
      <section className="card" aria-label="Details">
        <div className="card-body">
          <TextField label="Name" required value={name} onChange={(e) => setName(e.target.value)} />
          <TextField
            label="Description"
            value={description}
            onChange={(e) => setDescription(e.target.value)}
          />
          <div className="form-row">
            <div className="field">
              <label htmlFor={`${id}-paused`}>While paused</label>
              <select
                id={`${id}-paused`}
                value={whilePaused}
                onChange={(e) => setWhilePaused(e.target.value as 'QUEUE' | 'DROP')}
              >
                <option value="QUEUE">Queue triggers, run them on resume</option>
                <option value="DROP">Drop triggers</option>
              </select>
            </div>
            <TextField
              label="Runs at once, at most"
              type="number"
              min={1}
              max={50}
              value={concurrency}
              onChange={(e) => setConcurrency(Math.max(1, Number(e.target.value) || 1))}
            />
          </div>
        </div>
      </section>
      <TriggerCard
        workspaceId={workspaceId}
        workflowId={workflow?.id ?? null}
        webhookUrl={workflow?.webhookUrl ?? null}
        canEdit={canEdit}
        trigger={trigger}
        onChange={setTrigger}
        error={place?.owner === 'trigger' ? `${place.message} (${place.field})` : null}
      />
      <section className="steps" aria-label="Steps">
        <h2>Steps</h2>
        <StepList
          workspaceId={workspaceId}
          steps={steps}
          path="steps"
          sources={{ trigger, previous: [], inLoop: false }}
          takenIds={allStepIds(steps)}
          error={place}
          onChange={setSteps}
        />
      </section>
      <div className="builder-footer">
        {place ? (
          <p className="field-error" role="status">
            Not saved: {place.owner === 'trigger' ? 'the trigger' : 'a step'} needs a change (marked
            above).
          </p>
        ) : failure ? (
          <ErrorMessage error={failure} compact />
        ) : null}
        <Button
          type="submit"
          variant="primary"
          icon="check"
          disabled={!canEdit || !name.trim()}
          busy={creating.loading || updating.loading}
        >
          {workflow ? 'Save changes' : 'Create automation'}
        </Button>
      </div>
    </form>
  );
}
