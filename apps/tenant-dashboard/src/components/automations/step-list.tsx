'use client';
import { useId, useState } from 'react';
import {
  moveItem,
  newStep,
  STEP_LABELS,
  STEP_TYPES,
  type StepDraft,
  type StepType,
} from '../../lib/workflow-draft.ts';
import { Button } from '../ui.tsx';
import { StepCard, type ErrorPlace } from './step-card.tsx';
import type { TemplateSources } from './template-picker.tsx';

let keySequence = 0;
const nextKey = () => `step-${(keySequence += 1)}`;

/** Steps in order (the workflow's, a branch's or a loop's), and "Add step". */
export function StepList({
  workspaceId,
  steps,
  path,
  sources,
  takenIds,
  error,
  onChange,
  numberPrefix = '',
}: {
  numberPrefix?: string;
  workspaceId: string;
  steps: StepDraft[];
  /** Where this list is in the JSON: `steps`, `steps[2].then`. */
  path: string;
  sources: TemplateSources;
  takenIds: Set<string>;
  error: ErrorPlace | null;
  onChange: (steps: StepDraft[]) => void;
}) {
  const id = useId();
  const [type, setType] = useState<StepType>('updateRecord');
  // Keys that follow a step when it moves, so its card keeps its state (and the focus).
  const [keys, setKeys] = useState(() => steps.map(nextKey));
  const keyOf = (index: number) => (keys.length === steps.length ? keys[index]! : `at-${index}`);
  const change = (next: StepDraft[], nextKeys: string[]) => {
    setKeys(nextKeys);
    onChange(next);
  };
  const current = steps.map((_, i) => keyOf(i));
  return (
    <div className="step-list">
      {steps.length ? (
        <ol className="step-items">
          {steps.map((step, index) => (
            <StepCard
              key={keyOf(index)}
              workspaceId={workspaceId}
              step={step}
              number={`${numberPrefix}${index + 1}`}
              path={`${path}[${index}]`}
              sources={{ ...sources, previous: [...sources.previous, ...steps.slice(0, index)] }}
              takenIds={takenIds}
              error={error}
              first={index === 0}
              last={index === steps.length - 1}
              onChange={(next) => onChange(steps.map((s, i) => (i === index ? next : s)))}
              onRemove={() =>
                change(
                  steps.filter((_, i) => i !== index),
                  current.filter((_, i) => i !== index),
                )
              }
              onMove={(delta) =>
                change(moveItem(steps, index, delta), moveItem(current, index, delta))
              }
            />
          ))}
        </ol>
      ) : (
        <p className="muted">No steps here yet.</p>
      )}
      <div className="form-row">
        <div className="field" style={{ flex: '0 1 260px' }}>
          <label htmlFor={`${id}-type`}>New step</label>
          <select
            id={`${id}-type`}
            value={type}
            onChange={(e) => setType(e.target.value as StepType)}
          >
            {STEP_TYPES.map((t) => (
              <option key={t} value={t}>
                {STEP_LABELS[t]}
              </option>
            ))}
          </select>
        </div>
        <Button
          size="small"
          icon="plus"
          onClick={() => change([...steps, newStep(type, takenIds)], [...current, nextKey()])}
        >
          Add step
        </Button>
      </div>
    </div>
  );
}
