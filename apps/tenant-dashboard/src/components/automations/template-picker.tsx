'use client';
// The field picker: the trigger's record fields and earlier steps' outputs as {{ templates }},
// inserted into the setting that last had the focus in the same card.
import { useState } from 'react';
import {
  stepTemplates,
  triggerTemplates,
  type StepDraft,
  type TemplateOption,
  type TriggerDraft,
} from '../../lib/workflow-draft.ts';
import { Button } from '../ui.tsx';
import { useTemplateScope } from './template-scope.tsx';
import { useTable } from './use-table-fields.ts';

/** What a step can refer to: the trigger, the steps that ran before it, a loop's item. */
export interface TemplateSources {
  trigger: TriggerDraft;
  previous: StepDraft[];
  inLoop: boolean;
}

function OptionGroup({ title, options }: { title: string; options: TemplateOption[] }) {
  const scope = useTemplateScope();
  const [missed, setMissed] = useState(false);
  if (options.length === 0) return null;
  return (
    <div className="template-group" role="group" aria-label={title}>
      <div className="label">{title}</div>
      <div className="chips">
        {options.map((option) => (
          <button
            key={option.template}
            type="button"
            className="chip template-chip"
            title={option.template}
            // Keeps the focus (and the caret) in the input the template goes into.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => setMissed(!scope?.insert(option.template))}
          >
            {option.label}
          </button>
        ))}
      </div>
      {missed ? <p className="field-hint">Click into a setting first, then pick a value.</p> : null}
    </div>
  );
}

function TriggerOptions({ trigger }: { trigger: TriggerDraft }) {
  const table = useTable(trigger.baseId, trigger.tableId);
  const names = table?.fields.map((f) => f.name) ?? [];
  return <OptionGroup title="Trigger" options={triggerTemplates(trigger, names)} />;
}

function StepOptions({ step }: { step: StepDraft }) {
  const table = useTable(step.baseId as string | undefined, step.tableId as string | undefined);
  const names = table?.fields.map((f) => f.name) ?? [];
  return (
    <OptionGroup title={`Step ${step.name || step.id}`} options={stepTemplates(step, names)} />
  );
}

export function TemplatePicker({ sources }: { sources: TemplateSources }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="template-picker">
      <Button
        size="small"
        variant="ghost"
        icon="plus"
        aria-expanded={open}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => setOpen(!open)}
      >
        Insert a value
      </Button>
      {open ? (
        <div className="template-options">
          <TriggerOptions trigger={sources.trigger} />
          {sources.inLoop ? (
            <OptionGroup
              title="Loop"
              options={[
                { label: 'loop.item', template: '{{loop.item}}' },
                { label: 'loop.index', template: '{{loop.index}}' },
              ]}
            />
          ) : null}
          {sources.previous.map((step) => (
            <StepOptions key={step.id} step={step} />
          ))}
        </div>
      ) : null}
    </div>
  );
}
