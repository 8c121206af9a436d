'use client';
import { useId } from 'react';
import { jsonObject } from '../../lib/graphql/scalars.ts';
import type { StepDraft } from '../../lib/workflow-draft.ts';
import { TablePicker } from './table-picker.tsx';
import { TemplateInput } from './template-input.tsx';
import { useTable } from './use-table-fields.ts';

interface WriteTarget {
  baseId: string;
  tableId: string;
  recordId: string;
  field: string;
}

/** askAssistant: the prompt, and optionally a field the answer is written into. */
export function AssistantStepSettings({
  workspaceId,
  step,
  set,
}: {
  workspaceId: string;
  step: StepDraft;
  set: (patch: Partial<StepDraft>) => void;
}) {
  const id = useId();
  const write = jsonObject(step.write) as WriteTarget | null;
  const table = useTable(write?.baseId, write?.tableId);
  const setWrite = (patch: Partial<WriteTarget>) => set({ write: { ...write!, ...patch } });
  return (
    <>
      <TemplateInput
        label="Prompt"
        multiline
        value={String(step.prompt ?? '')}
        onChange={(prompt) => set({ prompt })}
        hint="Counts against the workspace's assistant budget."
      />
      <label className="checkbox-row">
        <input
          type="checkbox"
          checked={write !== null}
          onChange={(e) => {
            if (e.target.checked)
              set({
                write: { baseId: '', tableId: '', recordId: '{{trigger.record.id}}', field: '' },
              });
            // JSON leaves an undefined setting out.
            else set({ write: undefined });
          }}
        />
        Write the answer into a field
      </label>
      {write ? (
        <>
          <TablePicker
            workspaceId={workspaceId}
            baseId={write.baseId}
            tableId={write.tableId}
            onChange={(next) => setWrite({ ...next, field: '' })}
          />
          <TemplateInput
            label="Record id"
            mono
            value={write.recordId}
            onChange={(recordId) => setWrite({ recordId })}
          />
          <div className="field">
            <label htmlFor={`${id}-write-field`}>Field</label>
            <select
              id={`${id}-write-field`}
              value={write.field}
              onChange={(e) => setWrite({ field: e.target.value })}
            >
              <option value="">Choose a field</option>
              {table?.fields.map((f) => (
                <option key={f.id} value={f.name}>
                  {f.name}
                </option>
              ))}
            </select>
          </div>
        </>
      ) : null}
    </>
  );
}
