'use client';
import { useId, useState } from 'react';
import { STEP_LABELS, type StepDraft } from '../../lib/workflow-draft.ts';
import { IconButton } from '../ui.tsx';
import { StepSettings } from './step-settings.tsx';
import { TemplatePicker, type TemplateSources } from './template-picker.tsx';
import { TemplateScope } from './template-scope.tsx';

/** Where the server's BAD_USER_INPUT points: the step (`steps[1].then[0]`) and its message. */
export interface ErrorPlace {
  owner: string;
  field: string;
  message: string;
}

/** One step: its id and name, its settings, the field picker, and its place in the list. */
export function StepCard({
  workspaceId,
  step,
  number,
  path,
  sources,
  takenIds,
  error,
  onChange,
  onRemove,
  onMove,
  first,
  last,
}: {
  workspaceId: string;
  step: StepDraft;
  number: string;
  path: string;
  sources: TemplateSources;
  takenIds: Set<string>;
  error: ErrorPlace | null;
  onChange: (step: StepDraft) => void;
  onRemove: () => void;
  onMove: (delta: -1 | 1) => void;
  first: boolean;
  last: boolean;
}) {
  const id = useId();
  const [options, setOptions] = useState(false);
  const set = (patch: Partial<StepDraft>) => onChange({ ...step, ...patch });
  const mine = error?.owner === path ? error : null;
  const title = step.name || STEP_LABELS[step.type];

  return (
    <li
      className={`card step-card${mine ? ' step-card-invalid' : ''}`}
      aria-label={`Step ${number}: ${title}`}
    >
      <div className="card-header">
        <div style={{ minWidth: 0 }}>
          <span className="step-kind">
            {number} · {STEP_LABELS[step.type]} · <code>{step.id}</code>
          </span>
          <h3>{title}</h3>
        </div>
        <div className="step-actions">
          <IconButton
            icon="chevronUp"
            label="Move up"
            disabled={first}
            onClick={() => onMove(-1)}
          />
          <IconButton
            icon="chevronDown"
            label="Move down"
            disabled={last}
            onClick={() => onMove(1)}
          />
          <IconButton icon="trash" label="Remove step" onClick={onRemove} />
        </div>
      </div>
      <TemplateScope>
        <div className="card-body">
          {mine ? (
            <div className="error-box compact" role="alert">
              <div>
                <strong>{mine.message}</strong>
                <p>
                  At <code>{mine.field}</code>
                </p>
              </div>
            </div>
          ) : null}
          <div className="form-row">
            <div className="field">
              <label htmlFor={`${id}-id`}>Step id</label>
              <input
                id={`${id}-id`}
                className="mono"
                value={step.id}
                pattern="[A-Za-z0-9_]+"
                onChange={(e) => set({ id: e.target.value.replace(/[^A-Za-z0-9_]/g, '') })}
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-name`}>Step name</label>
              <input
                id={`${id}-name`}
                value={step.name ?? ''}
                placeholder={STEP_LABELS[step.type]}
                onChange={(e) => set({ name: e.target.value || undefined })}
              />
            </div>
          </div>
          <StepSettings
            workspaceId={workspaceId}
            step={step}
            number={number}
            path={path}
            sources={sources}
            takenIds={takenIds}
            error={error}
            set={set}
          />
          <TemplatePicker sources={sources} />
          <button
            type="button"
            className="link-button"
            aria-expanded={options}
            onClick={() => setOptions(!options)}
          >
            {options ? 'Hide retries and timeout' : 'Retries and timeout'}
          </button>
          {options ? (
            <div className="form-row">
              <div className="field">
                <label htmlFor={`${id}-retries`}>Retries</label>
                <input
                  id={`${id}-retries`}
                  type="number"
                  min={0}
                  max={5}
                  value={step.retries ?? 0}
                  onChange={(e) =>
                    set({ retries: Math.max(0, Math.min(5, Number(e.target.value) || 0)) })
                  }
                />
              </div>
              <div className="field">
                <label htmlFor={`${id}-timeout`}>Timeout (seconds)</label>
                <input
                  id={`${id}-timeout`}
                  type="number"
                  min={1}
                  max={300}
                  value={step.timeoutSeconds ?? 30}
                  onChange={(e) =>
                    set({
                      timeoutSeconds: Math.max(1, Math.min(300, Number(e.target.value) || 30)),
                    })
                  }
                />
              </div>
              <label className="checkbox-row">
                <input
                  type="checkbox"
                  checked={step.continueOnError ?? false}
                  onChange={(e) => set({ continueOnError: e.target.checked })}
                />
                Continue when it fails
              </label>
            </div>
          ) : null}
        </div>
      </TemplateScope>
    </li>
  );
}
