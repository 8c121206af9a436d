'use client';
import { choicesOf, fieldKind } from '../../lib/field-types.ts';
import { UNARY, type Condition } from '../../lib/formula.ts';
import type { FieldMeta } from '../../lib/graphql/airtable.ts';

/** The value a condition compares with: a choice, a date or text, as the field needs. */
export function ConditionValueInput({
  field,
  condition,
  onChange,
  label,
}: {
  field: FieldMeta;
  condition: Condition;
  onChange: (value: string) => void;
  label: string;
}) {
  if (UNARY.has(condition.operator)) return <span />;
  const kind = fieldKind(field);
  if (kind === 'singleSelect' || kind === 'multipleSelects') {
    return (
      <select aria-label={label} value={condition.value} onChange={(e) => onChange(e.target.value)}>
        <option value="">Choose…</option>
        {choicesOf(field).map((choice) => (
          <option key={choice.name} value={choice.name}>
            {choice.name}
          </option>
        ))}
      </select>
    );
  }
  if (kind === 'date' || kind === 'dateTime') {
    return (
      <input
        aria-label={label}
        type="date"
        value={condition.value}
        onChange={(e) => onChange(e.target.value)}
      />
    );
  }
  const numeric = ['number', 'currency', 'percent', 'rating', 'duration'].includes(kind);
  return (
    <input
      aria-label={label}
      type="text"
      inputMode={numeric ? 'decimal' : undefined}
      placeholder={kind === 'duration' ? 'h:mm' : kind === 'percent' ? '%' : 'Value'}
      value={condition.value}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
