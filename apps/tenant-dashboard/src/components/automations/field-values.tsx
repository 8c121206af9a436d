'use client';
// createRecord / updateRecord: which fields of the target table to write, and with what.
import { useState } from 'react';
import { fieldKind, isComputed } from '../../lib/field-types.ts';
import { parseNumberInput } from '../../lib/formula.ts';
import type { FieldMeta } from '../../lib/graphql/airtable.ts';
import { Button, IconButton } from '../ui.tsx';
import { TemplateInput } from './template-input.tsx';

/** What a typed value is sent as: numbers and checkboxes keep their type, templates stay text. */
function valueFromText(text: string, field: FieldMeta | undefined): unknown {
  if (!field || text.includes('{{')) return text;
  const kind = fieldKind(field);
  if (kind === 'checkbox' && (text === 'true' || text === 'false')) return text === 'true';
  if (['number', 'currency', 'percent', 'rating'].includes(kind)) {
    const number = parseNumberInput(text, kind);
    if (number !== null) return number;
  }
  return text;
}

function textOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export function FieldValues({
  fields,
  value,
  onChange,
}: {
  fields: FieldMeta[];
  value: Record<string, unknown>;
  onChange: (value: Record<string, unknown>) => void;
}) {
  const writable = fields.filter((f) => !isComputed(f));
  const used = Object.keys(value);
  const unused = writable.filter((f) => !used.includes(f.name));
  const [adding, setAdding] = useState('');
  // Values as typed ("12." on the way to "12.5"), sent as numbers where the field takes them.
  const [texts, setTexts] = useState<Record<string, string>>({});

  const rename = (from: string, to: string) => {
    setTexts(Object.fromEntries(Object.entries(texts).filter(([k]) => k !== from)));
    onChange(Object.fromEntries(Object.entries(value).map(([k, v]) => [k === from ? to : k, v])));
  };

  return (
    <fieldset className="field">
      <legend className="label">Fields</legend>
      {used.length === 0 ? (
        <p className="field-hint">No fields yet: add the ones to write.</p>
      ) : null}
      {used.map((name) => {
        const field = fields.find((f) => f.name === name);
        return (
          <div className="field-value-row" key={name}>
            <select aria-label="Field" value={name} onChange={(e) => rename(name, e.target.value)}>
              <option value={name}>{name}</option>
              {unused.map((f) => (
                <option key={f.id} value={f.name}>
                  {f.name}
                </option>
              ))}
            </select>
            <TemplateInput
              label={`Value of ${name}`}
              value={texts[name] ?? textOf(value[name])}
              onChange={(text) => {
                setTexts({ ...texts, [name]: text });
                onChange({ ...value, [name]: valueFromText(text, field) });
              }}
              hint={field ? undefined : 'This table has no such field.'}
            />
            <IconButton
              icon="trash"
              label={`Remove ${name}`}
              onClick={() =>
                onChange(Object.fromEntries(Object.entries(value).filter(([k]) => k !== name)))
              }
            />
          </div>
        );
      })}
      <div className="form-row">
        <div className="field">
          <select
            aria-label="Field to add"
            value={adding}
            disabled={unused.length === 0}
            onChange={(e) => setAdding(e.target.value)}
          >
            <option value="">{unused.length ? 'Choose a field' : 'No more fields'}</option>
            {unused.map((f) => (
              <option key={f.id} value={f.name}>
                {f.name}
              </option>
            ))}
          </select>
        </div>
        <Button
          size="small"
          icon="plus"
          disabled={!adding}
          onClick={() => {
            onChange({ ...value, [adding]: '' });
            setAdding('');
          }}
        >
          Add field
        </Button>
      </div>
    </fieldset>
  );
}
