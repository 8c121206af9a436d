'use client';
// A formula setting (a RECORD_MATCHES trigger, a condition, findRecords): built from conditions
// on the table's fields with the grid's filter builder, or typed and checked as it is typed.
import { useState } from 'react';
import { checkFormula } from '../../lib/check-formula.ts';
import { filterFormula, type FilterSpec } from '../../lib/formula.ts';
import type { FieldMeta } from '../../lib/graphql/airtable.ts';
import { FilterConditions } from '../table/filter-conditions.tsx';
import { TemplateInput } from './template-input.tsx';

export function FormulaField({
  label,
  value,
  onChange,
  fields,
  hint,
}: {
  label: string;
  value: string;
  onChange: (formula: string) => void;
  fields: FieldMeta[];
  hint: string;
}) {
  const [chosen, setMode] = useState<'builder' | 'formula'>(value ? 'formula' : 'builder');
  // Conditions need the table's fields; until they are known, the formula is typed.
  const mode = fields.length ? chosen : 'formula';
  const [spec, setSpec] = useState<FilterSpec>({ conjunction: 'AND', conditions: [] });
  const generated = filterFormula(spec, fields);
  // Templates are filled in before the formula runs, so only a formula without them is checked.
  const problem = value.includes('{{') ? null : checkFormula(value, fields);

  return (
    <div className="field">
      <div className="form-row" style={{ justifyContent: 'space-between' }}>
        <span className="label">{label}</span>
        <div className="segmented" role="group" aria-label={`${label}: how to write it`}>
          <button
            type="button"
            aria-pressed={mode === 'builder'}
            disabled={fields.length === 0}
            onClick={() => setMode('builder')}
          >
            Conditions
          </button>
          <button
            type="button"
            aria-pressed={mode === 'formula'}
            onClick={() => setMode('formula')}
          >
            Formula
          </button>
        </div>
      </div>
      {mode === 'builder' ? (
        <div className="formula-conditions">
          <FilterConditions
            fields={fields}
            spec={spec}
            onChange={(next) => {
              setSpec(next);
              const result = filterFormula(next, fields);
              if ('formula' in result) onChange(result.formula);
            }}
          />
          {'error' in generated ? (
            <p className="field-error">{generated.error}</p>
          ) : value ? (
            <div className="formula-preview" aria-label={`${label} formula`}>
              {value}
            </div>
          ) : null}
        </div>
      ) : (
        <TemplateInput
          label={`${label} (Airtable formula)`}
          hideLabel
          value={value}
          onChange={onChange}
          multiline
          mono
          placeholder="AND({Stage} = 'Won', {Amount} > 10000)"
          error={problem?.message}
          hint={hint}
        />
      )}
    </div>
  );
}
