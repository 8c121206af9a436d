'use client';
// "Run now" (a real run of the enabled workflow) and "Test run" (a dry run that previews every
// write), with a record of the trigger's table, and the run that came back.
import { useFragment, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import {
  RUN_WORKFLOW,
  TEST_WORKFLOW,
  WORKFLOW_RUN_FIELDS,
  type Workflow,
  type WorkflowRun,
} from '../../lib/graphql/workflows.ts';
import { readTrigger } from '../../lib/workflow-draft.ts';
import { Button, ErrorMessage } from '../ui.tsx';
import { RecordChooser } from './record-chooser.tsx';
import { RunDetail } from './run-detail.tsx';
import { TemplateInput } from './template-input.tsx';

export function RunControls({ workflow, canEdit }: { workflow: Workflow; canEdit: boolean }) {
  const trigger = readTrigger(workflow.trigger);
  const [recordId, setRecordId] = useState('');
  const [body, setBody] = useState('{}');
  const [result, setResult] = useState<{ run: WorkflowRun; test: boolean } | null>(null);
  // The run as the cache has it: live updates (the page's subscription) change it in place.
  const live = useFragment({
    fragment: WORKFLOW_RUN_FIELDS,
    fragmentName: 'WorkflowRunFields',
    from: result ? { __typename: 'WorkflowRun', id: result.run.id } : null,
  });
  const shown = live.complete && live.data ? live.data : (result?.run ?? null);
  const refetchQueries = ['WorkflowRuns', 'Workflow'];
  const [runNow, running] = useMutation(RUN_WORKFLOW, { refetchQueries });
  const [test, testing] = useMutation(TEST_WORKFLOW, { refetchQueries });
  const [failure, setFailure] = useState<unknown>(null);
  const webhook = trigger.type === 'WEBHOOK';
  let parsedBody: unknown;
  let bodyProblem: string | undefined;
  try {
    parsedBody = JSON.parse(body || '{}');
  } catch {
    bodyProblem = 'The test body must be JSON.';
  }

  const start = async (kind: 'run' | 'test') => {
    setFailure(null);
    try {
      const input = { workflowId: workflow.id, recordId: recordId || null };
      const run =
        kind === 'run'
          ? (await runNow({ variables: { input } })).data?.runWorkflow
          : (
              await test({
                variables: { input: { ...input, ...(webhook ? { body: parsedBody } : {}) } },
              })
            ).data?.testWorkflow;
      if (run) {
        setResult({ run, test: kind === 'test' });
        requestAnimationFrame(() =>
          document.getElementById('run-result')?.scrollIntoView({ block: 'nearest' }),
        );
      }
    } catch (error) {
      setFailure(error);
    }
  };

  return (
    <section className="card" aria-labelledby="run-controls-heading">
      <div className="card-header">
        <div>
          <h2 id="run-controls-heading">Try it</h2>
          <p>
            A test run reads real data and shows what every write, request, notification and
            assistant call would do, without doing it.
          </p>
        </div>
      </div>
      <div className="card-body">
        <div className="form-row">
          {webhook ? (
            <TemplateInput
              label="Test body (JSON)"
              multiline
              mono
              value={body}
              onChange={setBody}
              error={bodyProblem}
            />
          ) : (
            <RecordChooser
              baseId={trigger.baseId}
              tableId={trigger.tableId}
              value={recordId}
              onChange={setRecordId}
            />
          )}
          <Button
            icon="check"
            busy={testing.loading}
            disabled={!canEdit || Boolean(bodyProblem)}
            onClick={() => void start('test')}
          >
            Test run
          </Button>
          <Button
            variant="primary"
            icon="send"
            busy={running.loading}
            disabled={!canEdit || !workflow.enabled}
            title={workflow.enabled ? undefined : 'Turn the automation on to run it.'}
            onClick={() => void start('run')}
          >
            Run now
          </Button>
        </div>
        <p className="field-hint">
          Both use the saved version ({workflow.version}): save your changes first.
          {workflow.enabled ? '' : ' Run now needs the automation turned on; a test run does not.'}
        </p>
        {failure ? <ErrorMessage error={failure} compact /> : null}
      </div>
      {shown && result ? (
        <div
          id="run-result"
          aria-label={result.test ? 'Test run result' : 'Run started'}
          role="region"
        >
          <RunDetail run={shown} canEdit={canEdit} stepsOpen={result.test} />
        </div>
      ) : null}
    </section>
  );
}
