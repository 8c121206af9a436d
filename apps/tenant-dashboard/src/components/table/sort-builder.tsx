'use client';
import type { FieldMeta } from '../../lib/graphql/airtable.ts';
import type { SortSpec } from '../../lib/graphql/records.ts';
import { Icon } from '../icons.tsx';
import { Button, IconButton } from '../ui.tsx';
import { usePopoverDraft } from './use-popover-draft.ts';

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
  const popover = usePopoverDraft(value);
  const { draft, setDraft, headingId } = popover;
  const change = (index: number, patch: Partial<SortSpec>) =>
    setDraft(draft.map((l, i) => (i === index ? { ...l, ...patch } : l)));
  const applyAndClose = (sort: SortSpec[]) => {
    onApply(sort);
    popover.close();
  };
  return (
    <div className="popover-anchor" ref={popover.ref}>
      <button
        type="button"
        className={`btn btn-small${value.length ? ' active' : ''}`}
        aria-expanded={popover.open}
        aria-haspopup="dialog"
        onClick={popover.toggle}
      >
        <Icon name="sort" size={14} />
        {value.length ? `Sorted by ${value.length}` : 'Sort'}
      </button>
      {popover.open ? (
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
                onChange={(e) => change(index, { field: e.target.value })}
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
                onChange={(e) => change(index, { direction: e.target.value as 'ASC' | 'DESC' })}
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
            <Button size="small" variant="ghost" onClick={() => applyAndClose([])}>
              Clear
            </Button>
            <Button size="small" variant="primary" onClick={() => applyAndClose(draft)}>
              Apply sort
            </Button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
