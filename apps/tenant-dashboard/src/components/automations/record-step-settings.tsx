'use client';
import { useId } from 'react';
// createRecord, updateRecord, deleteRecord and findRecords: a table, a record, fields.
import type { StepDraft } from '../../lib/workflow-draft.ts';
import { Button, IconButton } from '../ui.tsx';
import { FieldValues } from './field-values.tsx';
import { FormulaField } from './formula-field.tsx';
import { TablePicker } from './table-picker.tsx';
import { TemplateInput } from './template-input.tsx';
import { useTable } from './use-table-fields.ts';

interface SortDraft {
  field: string;
  direction: 'asc' | 'desc';
}

export function RecordStepSettings({
  workspaceId,
  step,
  set,
}: {
  workspaceId: string;
  step: StepDraft;
  set: (patch: Partial<StepDraft>) => void;
}) {
  const id = useId();
  const baseId = step.baseId as string | undefined;
  const tableId = step.tableId as string | undefined;
  const table = useTable(baseId, tableId);
  const fields = table?.fields ?? [];
  const sort = (Array.isArray(step.sort) ? step.sort : []) as SortDraft[];
  return (
    <>
      <TablePicker
        workspaceId={workspaceId}
        baseId={baseId}
        tableId={tableId}
        onChange={(next) => set(next)}
      />
      {step.type === 'updateRecord' || step.type === 'deleteRecord' ? (
        <TemplateInput
          label="Record id"
          value={String(step.recordId ?? '')}
          onChange={(recordId) => set({ recordId })}
          mono
          hint="Usually a template: the trigger's record, or one a step found."
        />
      ) : null}
      {step.type === 'createRecord' || step.type === 'updateRecord' ? (
        <FieldValues
          fields={fields}
          value={(step.fields ?? {}) as Record<string, unknown>}
          onChange={(value) => set({ fields: value })}
        />
      ) : null}
      {step.type === 'findRecords' ? (
        <>
          <FormulaField
            label="Records where"
            value={String(step.formula ?? '')}
            onChange={(formula) => set({ formula })}
            fields={fields}
            hint="Empty: every record of the table."
          />
          <fieldset className="field">
            <legend className="label">Sort</legend>
            {sort.map((s, index) => (
              <div className="sort-row" key={index}>
                <select
                  aria-label="Sort by field"
                  value={s.field}
                  onChange={(e) =>
                    set({
                      sort: sort.map((x, i) => (i === index ? { ...x, field: e.target.value } : x)),
                    })
                  }
                >
                  {fields.map((f) => (
                    <option key={f.id} value={f.name}>
                      {f.name}
                    </option>
                  ))}
                </select>
                <select
                  aria-label="Sort direction"
                  value={s.direction}
                  onChange={(e) =>
                    set({
                      sort: sort.map((x, i) =>
                        i === index
                          ? { ...x, direction: e.target.value as SortDraft['direction'] }
                          : x,
                      ),
                    })
                  }
                >
                  <option value="asc">Ascending</option>
                  <option value="desc">Descending</option>
                </select>
                <IconButton
                  icon="trash"
                  label="Remove sort"
                  onClick={() => set({ sort: sort.filter((_, i) => i !== index) })}
                />
              </div>
            ))}
            <div>
              <Button
                size="small"
                icon="sort"
                disabled={fields.length === 0}
                onClick={() =>
                  set({ sort: [...sort, { field: fields[0]!.name, direction: 'asc' }] })
                }
              >
                Add sort
              </Button>
            </div>
          </fieldset>
          <div className="field">
            <label htmlFor={`${id}-max`}>At most this many records</label>
            <input
              id={`${id}-max`}
              type="number"
              min={1}
              max={1000}
              value={Number(step.maxRecords ?? 100)}
              onChange={(e) =>
                set({ maxRecords: Math.max(1, Math.min(1000, Number(e.target.value) || 1)) })
              }
            />
          </div>
        </>
      ) : null}
    </>
  );
}
