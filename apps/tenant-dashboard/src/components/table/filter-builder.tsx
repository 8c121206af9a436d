'use client';
import { useState } from 'react';
import { checkFormula, type FormulaProblem } from '../../lib/check-formula.ts';
import { activeFilterCount, NO_FILTER, type FilterState } from '../../lib/filter-state.ts';
import { filterFormula } from '../../lib/formula.ts';
import type { FieldMeta } from '../../lib/graphql/airtable.ts';
import { Icon } from '../icons.tsx';
import { Button } from '../ui.tsx';
import { FilterConditions } from './filter-conditions.tsx';
import { usePopoverDraft } from './use-popover-draft.ts';

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
  const popover = usePopoverDraft(value);
  const { draft, setDraft, headingId } = popover;
  // Problems with the conditions show once the person tried to apply them.
  const [tried, setTried] = useState(false);
  const count = activeFilterCount(value);
  const generated = filterFormula(draft.spec, fields);
  // A typed formula is checked on every keystroke; the grid keeps the last good filter.
  const problem = draft.mode === 'formula' ? checkFormula(draft.formula, fields) : null;

  const apply = () => {
    setTried(true);
    if (draft.mode === 'builder' && 'error' in generated) return;
    if (problem) return;
    onApply(draft);
    popover.close();
  };

  return (
    <div className="popover-anchor" ref={popover.ref}>
      <button
        type="button"
        className={`btn btn-small${count ? ' active' : ''}`}
        aria-expanded={popover.open}
        aria-haspopup="dialog"
        onClick={() => {
          setTried(false);
          popover.toggle();
        }}
      >
        <Icon name="filter" size={14} />
        {count ? `Filtered by ${count}` : 'Filter'}
      </button>
      {popover.open ? (
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
              <FilterConditions
                fields={fields}
                spec={draft.spec}
                onChange={(spec) => setDraft({ ...draft, spec })}
              />
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
                aria-invalid={problem ? true : undefined}
                aria-describedby={problem ? `${headingId}-problem` : undefined}
                onChange={(e) => setDraft({ ...draft, formula: e.target.value })}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' && (e.metaKey || e.ctrlKey)) apply();
                }}
              />
              {problem ? (
                <FormulaProblemView
                  id={`${headingId}-problem`}
                  source={draft.formula}
                  problem={problem}
                />
              ) : (
                <p className="field-hint">
                  Records for which the formula is true are shown. Field names go in braces.
                </p>
              )}
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
                popover.close();
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

/** The problem in words, and the line of the formula with the place marked. */
function FormulaProblemView({
  id,
  source,
  problem,
}: {
  id: string;
  source: string;
  problem: FormulaProblem;
}) {
  let marked = null;
  if (problem.offset !== null) {
    const start = source.lastIndexOf('\n', problem.offset - 1) + 1;
    const endOfLine = source.indexOf('\n', problem.offset);
    const line = source.slice(start, endOfLine < 0 ? undefined : endOfLine);
    const at = problem.offset - start;
    marked = (
      <code className="formula-marked" aria-hidden="true">
        {line.slice(0, at)}
        <mark>{line.slice(at, at + 1) || ' '}</mark>
        {line.slice(at + 1)}
      </code>
    );
  }
  return (
    <div className="formula-problem" id={id} aria-live="polite">
      <p className="field-error">{problem.message}</p>
      {marked}
    </div>
  );
}
