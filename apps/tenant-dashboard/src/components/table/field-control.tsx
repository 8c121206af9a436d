'use client';
// The input for a field's type, in the record drawer.
import type { AttachmentValue, Draft } from '../../lib/edit-values.ts';
import { choicesOf, fieldKind, resultOptions } from '../../lib/field-types.ts';
import type { FieldMeta, TableMeta } from '../../lib/graphql/airtable.ts';
import type { LinkContext } from '../../lib/use-table-links.ts';
import { AttachmentEditor } from './attachment-editor.tsx';
import { CellValue } from './cell-value.tsx';
import { ChoiceToggle, RatingInput } from './choice-inputs.tsx';
import { LinkEditor } from './link-editor.tsx';

const NUMERIC = ['number', 'currency', 'percent', 'duration'];
const INPUT_TYPES: Partial<Record<string, string>> = { email: 'email', url: 'url', phone: 'tel' };

function placeholderOf(kind: string, field: FieldMeta): string | undefined {
  if (kind === 'duration') return 'h:mm';
  if (kind === 'percent') return 'Percent, e.g. 25';
  if (kind === 'currency') return `Amount in ${String(resultOptions(field).symbol ?? '$')}`;
  return undefined;
}

export interface FieldControlProps {
  field: FieldMeta;
  inputId: string;
  draft: Draft;
  value: unknown;
  baseId: string;
  linkedTable?: TableMeta;
  links?: LinkContext;
  /** Ties the input to its error message. */
  aria: { 'aria-invalid': true | undefined; 'aria-describedby': string | undefined };
  onChange: (draft: Draft) => void;
}

/** An editable field's input: a checkbox, select, chips, stars, date, text, links or files. */
export function FieldControl({
  field,
  inputId,
  draft,
  value,
  baseId,
  linkedTable,
  links,
  aria,
  onChange,
}: FieldControlProps) {
  const kind = fieldKind(field);
  const common = { id: inputId, ...aria };
  switch (kind) {
    case 'checkbox':
      return (
        <label className="checkbox-row">
          <input
            {...common}
            type="checkbox"
            checked={draft === true}
            onChange={(e) => onChange(e.target.checked)}
          />
          <span>{draft === true ? 'Checked' : 'Not checked'}</span>
        </label>
      );
    case 'singleSelect':
      return (
        <select {...common} value={String(draft)} onChange={(e) => onChange(e.target.value)}>
          <option value="">—</option>
          {choicesOf(field).map((choice) => (
            <option key={choice.name} value={choice.name}>
              {choice.name}
            </option>
          ))}
        </select>
      );
    case 'multipleSelects':
      return (
        <ChoiceToggle
          inputId={inputId}
          choices={choicesOf(field)}
          selected={draft as string[]}
          onChange={onChange}
        />
      );
    case 'rating':
      return (
        <RatingInput
          inputId={inputId}
          max={Number(resultOptions(field).max ?? 5)}
          value={Number(draft)}
          onChange={onChange}
        />
      );
    case 'date':
    case 'dateTime':
      return (
        <input
          {...common}
          type={kind === 'date' ? 'date' : 'datetime-local'}
          value={String(draft)}
          onChange={(e) => onChange(e.target.value)}
        />
      );
    case 'longText':
      return (
        <textarea
          {...common}
          value={String(draft)}
          onChange={(e) => onChange(e.target.value)}
          rows={4}
        />
      );
    case 'links':
      return linkedTable ? (
        <LinkEditor
          ids={draft as string[]}
          baseId={baseId}
          table={linkedTable}
          links={links}
          inputId={inputId}
          single={field.options?.prefersSingleRecordLink === true}
          onChange={onChange}
        />
      ) : (
        <div className="readonly" id={inputId}>
          <CellValue field={field} value={value} links={links} />
        </div>
      );
    case 'attachments':
      return (
        <AttachmentEditor
          attachments={draft as AttachmentValue[]}
          inputId={inputId}
          onChange={onChange}
        />
      );
    default:
      return (
        <input
          {...common}
          type={INPUT_TYPES[kind] ?? 'text'}
          inputMode={NUMERIC.includes(kind) ? 'decimal' : undefined}
          placeholder={placeholderOf(kind, field)}
          value={String(draft)}
          onChange={(e) => onChange(e.target.value)}
        />
      );
  }
}
