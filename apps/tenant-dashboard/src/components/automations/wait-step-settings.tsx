'use client';
import { useId } from 'react';
import type { StepDraft } from '../../lib/workflow-draft.ts';
import { TemplateInput } from './template-input.tsx';

/** wait: a number of seconds, or until a date (which may come from a template). */
export function WaitStepSettings({
  step,
  set,
}: {
  step: StepDraft;
  set: (patch: Partial<StepDraft>) => void;
}) {
  const id = useId();
  const untilMode = step.until !== undefined;
  return (
    <>
      <div className="segmented" role="group" aria-label="Wait for">
        <button
          type="button"
          aria-pressed={!untilMode}
          onClick={() => set({ until: undefined, seconds: 60 })}
        >
          A delay
        </button>
        <button
          type="button"
          aria-pressed={untilMode}
          onClick={() => set({ seconds: undefined, until: '' })}
        >
          Until a date
        </button>
      </div>
      {untilMode ? (
        <TemplateInput
          label="Until"
          mono
          value={String(step.until ?? '')}
          onChange={(until) => set({ until })}
          placeholder="2026-12-24T09:00:00Z or {{trigger.record.fields.Due}}"
        />
      ) : (
        <div className="field">
          <label htmlFor={`${id}-seconds`}>Seconds</label>
          <input
            id={`${id}-seconds`}
            type="number"
            min={1}
            value={Number(step.seconds ?? 60)}
            onChange={(e) => set({ seconds: Math.max(1, Number(e.target.value) || 1) })}
          />
          <p className="field-hint">Waiting does not count against the run&apos;s time limit.</p>
        </div>
      )}
    </>
  );
}
