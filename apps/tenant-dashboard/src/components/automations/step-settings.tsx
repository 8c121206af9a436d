'use client';
// A step's own settings, by type; conditions and loops hold lists of steps of their own.
import type { ErrorPlace } from './step-card.tsx';
import { nestedLists, readSteps, type StepDraft } from '../../lib/workflow-draft.ts';
import { AssistantStepSettings } from './assistant-step-settings.tsx';
import { FormulaField } from './formula-field.tsx';
import { HttpStepSettings } from './http-step-settings.tsx';
import { NotifyStepSettings } from './notify-step-settings.tsx';
import { RecordStepSettings } from './record-step-settings.tsx';
import { StepList } from './step-list.tsx';
import type { TemplateSources } from './template-picker.tsx';
import { TemplateInput } from './template-input.tsx';
import { WaitStepSettings } from './wait-step-settings.tsx';
import { useTable } from './use-table-fields.ts';

export function StepSettings({
  workspaceId,
  step,
  number,
  path,
  sources,
  takenIds,
  error,
  set,
}: {
  workspaceId: string;
  step: StepDraft;
  number: string;
  path: string;
  sources: TemplateSources;
  takenIds: Set<string>;
  error: ErrorPlace | null;
  set: (patch: Partial<StepDraft>) => void;
}) {
  const triggerTable = useTable(sources.trigger.baseId, sources.trigger.tableId);
  const settings = (() => {
    switch (step.type) {
      case 'createRecord':
      case 'updateRecord':
      case 'deleteRecord':
      case 'findRecords':
        return <RecordStepSettings workspaceId={workspaceId} step={step} set={set} />;
      case 'condition':
        return (
          <FormulaField
            label="Continue when"
            value={String(step.formula ?? '')}
            onChange={(formula) => set({ formula })}
            fields={triggerTable?.fields ?? []}
            hint="Evaluated on the trigger's record: {Field} is its field; templates are filled in first."
          />
        );
      case 'loop':
        return (
          <TemplateInput
            label="Items"
            mono
            value={String(step.items ?? '')}
            onChange={(items) => set({ items })}
            placeholder="{{steps.find.records}}"
            hint="One template giving a list (at most 1000 items); steps inside see loop.item and loop.index."
          />
        );
      case 'notify':
        return <NotifyStepSettings step={step} set={set} />;
      case 'http':
        return <HttpStepSettings step={step} set={set} />;
      case 'askAssistant':
        return <AssistantStepSettings workspaceId={workspaceId} step={step} set={set} />;
      case 'wait':
        return <WaitStepSettings step={step} set={set} />;
    }
  })();
  return (
    <>
      {settings}
      {nestedLists(step).map(({ key, label }) => (
        <div className="step-branch" key={key} role="group" aria-label={`${step.id}: ${label}`}>
          <div className="label">{label}</div>
          <StepList
            workspaceId={workspaceId}
            steps={readSteps(step[key])}
            path={`${path}.${key}`}
            numberPrefix={key === 'else' ? `${number}.else.` : `${number}.`}
            sources={{ ...sources, inLoop: sources.inLoop || step.type === 'loop' }}
            takenIds={takenIds}
            error={error}
            onChange={(steps) => set({ [key]: steps })}
          />
        </div>
      ))}
    </>
  );
}
