'use client';
import { useState } from 'react';
import type { WorkflowStepRun } from '../../lib/graphql/workflows.ts';
import { Button } from '../ui.tsx';
import { formatMs, RunStatus } from './run-status.tsx';

function Json({ label, value }: { label: string; value: unknown }) {
  if (value === null || value === undefined) return null;
  return (
    <div className="run-json">
      <span className="label">{label}</span>
      <pre aria-label={label}>{JSON.stringify(value, null, 2)}</pre>
    </div>
  );
}

/** One step of a run: key, status, attempts and duration; its input, output, logs and error. */
export function StepRunRow({
  step,
  open: initiallyOpen,
}: {
  step: WorkflowStepRun;
  open: boolean;
}) {
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <li className="step-run" aria-label={`Step ${step.key}`}>
      <div className="step-run-head">
        <div className="grow">
          <div className="title">
            <code>{step.key}</code> <span className="muted">{step.type}</span>{' '}
            <RunStatus status={step.status} />
          </div>
          <div className="sub">
            {step.attempts} attempt{step.attempts === 1 ? '' : 's'} · {formatMs(step.durationMs)}
            {step.error ? ` · ${step.error}` : ''}
          </div>
        </div>
        <Button size="small" variant="ghost" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? 'Hide' : 'Details'}
        </Button>
      </div>
      {open ? (
        <div className="step-run-body">
          {step.error ? (
            <p className="field-error" role="alert">
              {step.error}
            </p>
          ) : null}
          <Json label="Input" value={step.input} />
          <Json label="Output" value={step.output} />
          {step.logs.length ? (
            <div className="run-json">
              <span className="label">Logs</span>
              <pre aria-label="Logs">{step.logs.join('\n')}</pre>
            </div>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
