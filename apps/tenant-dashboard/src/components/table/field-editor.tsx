'use client';
// One field of the record drawer: the right input for its type, labelled, with its error.
import type { Draft } from '../../lib/edit-values.ts';
import { fieldKind, isComputed } from '../../lib/field-types.ts';
import type { FieldMeta, TableMeta } from '../../lib/graphql/airtable.ts';
import type { LinkContext } from '../../lib/use-table-links.ts';
import { CellValue } from './cell-value.tsx';
import { FieldControl } from './field-control.tsx';
import { FieldIcon } from './field-icon.tsx';

export interface FieldEditorProps {
  field: FieldMeta;
  inputId: string;
  draft: Draft;
  value: unknown;
  error?: string;
  changed: boolean;
  editable: boolean;
  baseId: string;
  linkedTable?: TableMeta;
  links?: LinkContext;
  onChange: (draft: Draft) => void;
}

export function FieldEditor({
  field,
  inputId,
  draft,
  value,
  error,
  changed,
  editable,
  baseId,
  linkedTable,
  links,
  onChange,
}: FieldEditorProps) {
  const kind = fieldKind(field);
  const errorId = `${inputId}-error`;
  const readOnly = !editable || isComputed(field) || kind === 'collaborator' || kind === 'computed';

  return (
    <div className={`drawer-field${changed ? ' changed' : ''}`} data-field={field.name}>
      <label className="label" id={`${inputId}-label`} htmlFor={inputId}>
        <FieldIcon field={field} />
        {field.name}
        {readOnly && editable && isComputed(field) ? (
          <span className="muted">· computed</span>
        ) : null}
        {changed ? (
          <span className="badge badge-accent" style={{ height: 18 }}>
            edited
          </span>
        ) : null}
      </label>
      {readOnly ? (
        <div className="readonly" id={inputId}>
          {value === undefined || value === null || value === '' ? (
            <span className="muted">Empty</span>
          ) : (
            <CellValue field={field} value={value} links={links} />
          )}
        </div>
      ) : (
        <FieldControl
          field={field}
          inputId={inputId}
          draft={draft}
          value={value}
          baseId={baseId}
          linkedTable={linkedTable}
          links={links}
          aria={{
            'aria-invalid': error ? true : undefined,
            'aria-describedby': error ? errorId : undefined,
          }}
          onChange={onChange}
        />
      )}
      {error ? (
        <p className="field-error" id={errorId} role="alert">
          {error}
        </p>
      ) : field.description ? (
        <p className="field-hint">{field.description}</p>
      ) : null}
    </div>
  );
}
