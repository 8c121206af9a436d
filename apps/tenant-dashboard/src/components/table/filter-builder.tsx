'use client';
import { useCallback, useId, useRef, useState } from 'react';
import { choicesOf, fieldKind } from '../../lib/field-types.ts';
import {
  filterFormula,
  OPERATOR_LABELS,
  operatorsFor,
  UNARY,
  type Condition,
  type FilterSpec,
} from '../../lib/formula.ts';
import type { FieldMeta } from '../../lib/graphql/airtable.ts';
import type { SortSpec } from '../../lib/graphql/records.ts';
import { Icon } from '../icons.tsx';
import { Button, IconButton, useDismiss } from '../ui.tsx';

export interface FilterState {
  mode: 'builder' | 'formula';
  spec: FilterSpec;
  formula: string;
}

export const NO_FILTER: FilterState = {
  mode: 'builder',
  spec: { conjunction: 'AND', conditions: [] },
  formula: '',
};

/** The formula a filter state applies ('' for none). */
export function appliedFormula(state: FilterState, fields: FieldMeta[]): string {
  if (state.mode === 'formula') return state.formula.trim();
  const result = filterFormula(state.spec, fields);
  return 'formula' in result ? result.formula : '';
}

export function activeFilterCount(state: FilterState): number {
  return state.mode === 'formula' ? (state.formula.trim() ? 1 : 0) : state.spec.conditions.length;
}

function ValueInput({
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

/**
 * Conditions on fields, combined with AND / OR and written as an Airtable formula; or the
 * formula itself, for anything the builder cannot say.
 */
export function FilterBuilder({
  fields,
  value,
  onApply,
  error,
}: {
  fields: FieldMeta[];
  value: FilterState;
  onApply: (state: FilterState) => void;
  /** The server's refusal of the applied formula, in words. */
  error?: string;
}) {
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState(value);
  const [tried, setTried] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const close = useCallback(() => setOpen(false), []);
  useDismiss(open, ref, close);
  const headingId = useId();
  const count = activeFilterCount(value);
  const generated = filterFormula(draft.spec, fields);

  const setConditions = (conditions: Condition[]) =>
    setDraft({ ...draft, spec: { ...draft.spec, conditions } });
  const update = (index: number, patch: Partial<Condition>) =>
    setConditions(draft.spec.conditions.map((c, i) => (i === index ? { ...c, ...patch } : c)));

  const apply = () => {
    setTried(true);
    if (draft.mode === 'builder' && 'error' in generated) return;
    onApply(draft);
    setOpen(false);
  };

  return (
    <div className="popover-anchor" ref={ref}>
      <button
        type="button"
        className={`btn btn-small${count ? ' active' : ''}`}
        aria-expanded={open}
        aria-haspopup="dialog"
        onClick={() => {
          setDraft(value);
          setTried(false);
          setOpen(!open);
        }}
      >
        <Icon name="filter" size={14} />
        {count ? `Filtered by ${count}` : 'Filter'}
      </button>
      {open ? (
        <div className="popover" role="dialog" aria-labelledby={headingId}>
          <div className="popover-actions">
            <h3 id={headingId}>Show records where…</h3>
            <div className="segmented" role="group" aria-label="Filter mode">
              <button
                type="button"
                aria-pressed={draft.mode === 'builder'}
                onClick={() => setDraft({ ...draft, mode: 'builder' })}
              >
                Conditions
              </button>
              <button
                type="button"
                aria-pressed={draft.mode === 'formula'}
                onClick={() =>
                  setDraft({
                    ...draft,
                    mode: 'formula',
                    formula: draft.formula || ('formula' in generated ? generated.formula : ''),
                  })
                }
              >
                Formula
              </button>
            </div>
          </div>
          {draft.mode === 'builder' ? (
            <>
              {draft.spec.conditions.length === 0 ? (
                <p className="muted">No conditions: every record is shown.</p>
              ) : null}
              {draft.spec.conditions.map((condition, index) => {
                const field = fields.find((f) => f.id === condition.field) ?? fields[0]!;
                const operators = operatorsFor(field);
                return (
                  <div className="condition" key={index}>
                    {index === 0 ? (
                      <span className="conj">Where</span>
                    ) : index === 1 ? (
                      <select
                        aria-label="Combine conditions with"
                        value={draft.spec.conjunction}
                        onChange={(e) =>
                          setDraft({
                            ...draft,
                            spec: { ...draft.spec, conjunction: e.target.value as 'AND' | 'OR' },
                          })
                        }
                      >
                        <option value="AND">and</option>
                        <option value="OR">or</option>
                      </select>
                    ) : (
                      <span className="conj">
                        {draft.spec.conjunction === 'AND' ? 'and' : 'or'}
                      </span>
                    )}
                    <select
                      aria-label={`Field of condition ${index + 1}`}
                      value={field.id}
                      onChange={(e) => {
                        const next = fields.find((f) => f.id === e.target.value)!;
                        update(index, {
                          field: next.id,
                          operator: operatorsFor(next)[0]!,
                          value: '',
                        });
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
                      onChange={(e) =>
                        update(index, { operator: e.target.value as Condition['operator'] })
                      }
                    >
                      {operators.map((op) => (
                        <option key={op} value={op}>
                          {OPERATOR_LABELS[op]}
                        </option>
                      ))}
                    </select>
                    <ValueInput
                      field={field}
                      condition={condition}
                      label={`Value of condition ${index + 1}`}
                      onChange={(v) => update(index, { value: v })}
                    />
                    <IconButton
                      icon="close"
                      label={`Remove condition ${index + 1}`}
                      onClick={() =>
                        setConditions(draft.spec.conditions.filter((_, i) => i !== index))
                      }
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
                        ...draft.spec.conditions,
                        { field: first.id, operator: operatorsFor(first)[0]!, value: '' },
                      ]);
                  }}
                >
                  Add condition
                </Button>
              </div>
              {'error' in generated ? (
                tried ? (
                  <p className="field-error" role="alert">
                    {generated.error}
                  </p>
                ) : null
              ) : generated.formula ? (
                <div className="formula-preview" aria-label="Formula sent">
                  {generated.formula}
                </div>
              ) : null}
            </>
          ) : (
            <div className="field">
              <label htmlFor={`${headingId}-formula`}>Airtable formula</label>
              <textarea
                id={`${headingId}-formula`}
                className="formula-box"
                spellCheck={false}
                placeholder="AND({Stage} = 'Won', {Amount} > 10000)"
                value={draft.formula}
                onChange={(e) => setDraft({ ...draft, formula: e.target.value })}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' && (e.metaKey || e.ctrlKey)) apply();
                }}
              />
              <p className="field-hint">
                Records for which the formula is true are shown. Field names go in braces.
              </p>
            </div>
          )}
          {error ? (
            <p className="field-error" role="alert">
              {error}
            </p>
          ) : null}
          <div className="popover-actions">
            <Button
              size="small"
              variant="ghost"
              onClick={() => {
                onApply(NO_FILTER);
                setOpen(false);
              }}
            >
              Clear
            </Button>
            <Button size="small" variant="primary" onClick={apply}>
              Apply filter
            </Button>
          </div>
        </div>
      ) : null}
    </div>
  );
}

/** Sort levels: field and direction, first level first. */
export function SortBuilder({
  fields,
  value,
  onApply,
}: {
  fields: FieldMeta[];
  value: SortSpec[];
  onApply: (sort: SortSpec[]) => void;
}) {
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState(value);
  const ref = useRef<HTMLDivElement>(null);
  const close = useCallback(() => setOpen(false), []);
  useDismiss(open, ref, close);
  const headingId = useId();
  return (
    <div className="popover-anchor" ref={ref}>
      <button
        type="button"
        className={`btn btn-small${value.length ? ' active' : ''}`}
        aria-expanded={open}
        aria-haspopup="dialog"
        onClick={() => {
          setDraft(value);
          setOpen(!open);
        }}
      >
        <Icon name="sort" size={14} />
        {value.length ? `Sorted by ${value.length}` : 'Sort'}
      </button>
      {open ? (
        <div
          className="popover"
          role="dialog"
          aria-labelledby={headingId}
          style={{ width: 'min(440px, calc(100vw - 32px))' }}
        >
          <h3 id={headingId}>Sort records by…</h3>
          {draft.length === 0 ? <p className="muted">Airtable’s order (or the view’s).</p> : null}
          {draft.map((level, index) => (
            <div className="sort-row" key={index}>
              <select
                aria-label={`Sort field ${index + 1}`}
                value={level.field}
                onChange={(e) =>
                  setDraft(draft.map((l, i) => (i === index ? { ...l, field: e.target.value } : l)))
                }
              >
                {fields.map((f) => (
                  <option key={f.id} value={f.name}>
                    {f.name}
                  </option>
                ))}
              </select>
              <select
                aria-label={`Sort direction ${index + 1}`}
                value={level.direction}
                onChange={(e) =>
                  setDraft(
                    draft.map((l, i) =>
                      i === index ? { ...l, direction: e.target.value as 'ASC' | 'DESC' } : l,
                    ),
                  )
                }
              >
                <option value="ASC">Ascending (A → Z, 1 → 9)</option>
                <option value="DESC">Descending (Z → A, 9 → 1)</option>
              </select>
              <IconButton
                icon="close"
                label={`Remove sort ${index + 1}`}
                onClick={() => setDraft(draft.filter((_, i) => i !== index))}
              />
            </div>
          ))}
          <div>
            <Button
              size="small"
              variant="ghost"
              icon="plus"
              onClick={() => {
                const unused = fields.find((f) => !draft.some((l) => l.field === f.name));
                if (unused) setDraft([...draft, { field: unused.name, direction: 'ASC' }]);
              }}
            >
              Add sort level
            </Button>
          </div>
          <div className="popover-actions">
            <Button
              size="small"
              variant="ghost"
              onClick={() => {
                onApply([]);
                setOpen(false);
              }}
            >
              Clear
            </Button>
            <Button
              size="small"
              variant="primary"
              onClick={() => {
                onApply(draft);
                setOpen(false);
              }}
            >
              Apply sort
            </Button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
