'use client';
import {
  OPERATOR_LABELS,
  operatorsFor,
  type Condition,
  type FilterSpec,
} from '../../lib/formula.ts';
import type { FieldMeta } from '../../lib/graphql/airtable.ts';
import { Button, IconButton } from '../ui.tsx';
import { ConditionValueInput } from './condition-value-input.tsx';

/** The builder's conditions, one row each (field, comparison, value), and "Add condition". */
export function FilterConditions({
  fields,
  spec,
  onChange,
}: {
  fields: FieldMeta[];
  spec: FilterSpec;
  onChange: (spec: FilterSpec) => void;
}) {
  const setConditions = (conditions: Condition[]) => onChange({ ...spec, conditions });
  const update = (index: number, patch: Partial<Condition>) =>
    setConditions(spec.conditions.map((c, i) => (i === index ? { ...c, ...patch } : c)));
  return (
    <>
      {spec.conditions.length === 0 ? (
        <p className="muted">No conditions: every record is shown.</p>
      ) : null}
      {spec.conditions.map((condition, index) => {
        const field = fields.find((f) => f.id === condition.field) ?? fields[0]!;
        return (
          <div className="condition" key={index}>
            {index === 0 ? (
              <span className="conj">Where</span>
            ) : index === 1 ? (
              <select
                aria-label="Combine conditions with"
                value={spec.conjunction}
                onChange={(e) => onChange({ ...spec, conjunction: e.target.value as 'AND' | 'OR' })}
              >
                <option value="AND">and</option>
                <option value="OR">or</option>
              </select>
            ) : (
              <span className="conj">{spec.conjunction === 'AND' ? 'and' : 'or'}</span>
            )}
            <select
              aria-label={`Field of condition ${index + 1}`}
              value={field.id}
              onChange={(e) => {
                const next = fields.find((f) => f.id === e.target.value)!;
                update(index, { field: next.id, operator: operatorsFor(next)[0]!, value: '' });
              }}
            >
              {fields.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.name}
                </option>
              ))}
            </select>
            <select
              aria-label={`Comparison of condition ${index + 1}`}
              value={condition.operator}
              onChange={(e) => update(index, { operator: e.target.value as Condition['operator'] })}
            >
              {operatorsFor(field).map((op) => (
                <option key={op} value={op}>
                  {OPERATOR_LABELS[op]}
                </option>
              ))}
            </select>
            <ConditionValueInput
              field={field}
              condition={condition}
              label={`Value of condition ${index + 1}`}
              onChange={(v) => update(index, { value: v })}
            />
            <IconButton
              icon="close"
              label={`Remove condition ${index + 1}`}
              onClick={() => setConditions(spec.conditions.filter((_, i) => i !== index))}
            />
          </div>
        );
      })}
      <div>
        <Button
          size="small"
          variant="ghost"
          icon="plus"
          onClick={() => {
            const first = fields[0];
            if (first)
              setConditions([
                ...spec.conditions,
                { field: first.id, operator: operatorsFor(first)[0]!, value: '' },
              ]);
          }}
        >
          Add condition
        </Button>
      </div>
    </>
  );
}
