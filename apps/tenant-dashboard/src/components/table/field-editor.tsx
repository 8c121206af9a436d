'use client';
// One field of the record drawer: the right input for its type, labelled, with its error.
import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { chipColors } from '../../lib/colors.ts';
import type { AttachmentValue, Draft } from '../../lib/edit-values.ts';
import { choicesOf, fieldKind, isComputed, resultOptions } from '../../lib/field-types.ts';
import type { FieldMeta, TableMeta } from '../../lib/graphql/airtable.ts';
import { SEARCH_RECORDS, toRecordNode, type RecordNode } from '../../lib/graphql/records.ts';
import { rememberName } from '../../lib/use-linked-names.ts';
import { Icon } from '../icons.tsx';
import { Button } from '../ui.tsx';
import { CellValue, type LinkContext } from './cell-value.tsx';
import { FieldIcon } from './grid.tsx';

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

function LinkEditor({
  ids,
  baseId,
  table,
  links,
  inputId,
  onChange,
  single,
}: {
  ids: string[];
  baseId: string;
  table: TableMeta;
  links?: LinkContext;
  inputId: string;
  onChange: (ids: string[]) => void;
  single: boolean;
}) {
  const client = useApolloClient();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<RecordNode[] | null>(null);
  useEffect(() => {
    const text = query.trim();
    if (!text) {
      setResults(null);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      client
        .query({
          query: SEARCH_RECORDS,
          variables: { baseId, tableId: table.id, query: text, first: 8 },
          fetchPolicy: 'no-cache',
        })
        .then(({ data }) => live && setResults((data?.searchRecords ?? []).map(toRecordNode)))
        .catch(() => live && setResults([]));
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query, client, baseId, table.id]);
  const primary = table.primaryField.name;
  return (
    <div className="link-editor">
      {ids.length ? (
        <span className="chips">
          {ids.map((id) => (
            <span key={id} className="chip chip-link">
              {links?.nameOf(id) ?? id}
              <button
                type="button"
                className="chip-remove"
                aria-label={`Remove link to ${links?.nameOf(id) ?? id}`}
                onClick={() => onChange(ids.filter((x) => x !== id))}
              >
                <Icon name="close" size={12} />
              </button>
            </span>
          ))}
        </span>
      ) : null}
      <input
        id={inputId}
        type="search"
        placeholder={`Find a record in ${table.name} to link…`}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        autoComplete="off"
      />
      {results ? (
        <div className="link-results" role="listbox" aria-label={`Records of ${table.name}`}>
          {results.length === 0 ? (
            <p className="muted" style={{ padding: 8 }}>
              No matching records.
            </p>
          ) : null}
          {results.map((record) => {
            const name = String(record.fields[primary] ?? record.id);
            return (
              <button
                key={record.id}
                type="button"
                role="option"
                aria-selected={ids.includes(record.id)}
                onClick={() => {
                  rememberName(table.id, record.id, name);
                  onChange(
                    single ? [record.id] : ids.includes(record.id) ? ids : [...ids, record.id],
                  );
                  setQuery('');
                }}
              >
                {name}
              </button>
            );
          })}
        </div>
      ) : null}
    </div>
  );
}

function AttachmentEditor({
  attachments,
  inputId,
  onChange,
}: {
  attachments: AttachmentValue[];
  inputId: string;
  onChange: (attachments: AttachmentValue[]) => void;
}) {
  const [url, setUrl] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const add = () => {
    try {
      const parsed = new URL(url.trim());
      if (!/^https?:$/.test(parsed.protocol)) throw new Error('protocol');
      onChange([
        ...attachments,
        { url: parsed.toString(), filename: parsed.pathname.split('/').pop() || parsed.host },
      ]);
      setUrl('');
      setProblem(null);
    } catch {
      setProblem('Enter the web address of a file, starting with https://.');
    }
  };
  return (
    <div className="link-editor">
      {attachments.length ? (
        <div className="attachment-tiles">
          {attachments.map((a, i) => (
            <div key={a.id ?? `${a.url}-${i}`} className="attachment-tile">
              <AttachmentPreview attachment={a} />
              <span title={a.filename}>{a.filename ?? 'File'}</span>
              <Button
                size="small"
                variant="ghost"
                onClick={() => onChange(attachments.filter((_, j) => j !== i))}
              >
                Remove
              </Button>
            </div>
          ))}
        </div>
      ) : null}
      <div className="form-row">
        <input
          id={inputId}
          type="url"
          placeholder="https://… (a file’s web address)"
          value={url}
          onChange={(e) => setUrl(e.target.value)}
          aria-invalid={problem ? true : undefined}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
          style={{ flex: 1 }}
        />
        <Button size="small" onClick={add} disabled={!url.trim()}>
          Add file
        </Button>
      </div>
      {problem ? <p className="field-error">{problem}</p> : null}
    </div>
  );
}

function AttachmentPreview({ attachment }: { attachment: AttachmentValue }) {
  const [failed, setFailed] = useState(false);
  const src = attachment.thumbnails?.small?.url ?? attachment.url;
  if (failed)
    return (
      <span className="thumb-fallback">
        <Icon name="file" size={20} />
      </span>
    );
  return (
    <img
      src={src}
      alt={attachment.filename ?? 'Attachment'}
      loading="lazy"
      onError={() => setFailed(true)}
    />
  );
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
  const common = {
    id: inputId,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? errorId : undefined,
  } as const;
  const readOnly = !editable || isComputed(field) || kind === 'collaborator' || kind === 'computed';

  let control: React.ReactNode;
  if (readOnly) {
    control = (
      <div className="readonly" id={inputId} aria-readonly="true">
        {value === undefined || value === null || value === '' ? (
          <span className="muted">Empty</span>
        ) : (
          <CellValue field={field} value={value} links={links} />
        )}
      </div>
    );
  } else
    switch (kind) {
      case 'checkbox':
        control = (
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
        break;
      case 'singleSelect':
        control = (
          <select {...common} value={String(draft)} onChange={(e) => onChange(e.target.value)}>
            <option value="">—</option>
            {choicesOf(field).map((choice) => (
              <option key={choice.name} value={choice.name}>
                {choice.name}
              </option>
            ))}
          </select>
        );
        break;
      case 'multipleSelects': {
        const selected = draft as string[];
        control = (
          <div
            className="choice-toggle"
            role="group"
            aria-labelledby={`${inputId}-label`}
            id={inputId}
          >
            {choicesOf(field).map((choice) => {
              const on = selected.includes(choice.name);
              return (
                <button
                  key={choice.name}
                  type="button"
                  className="chip"
                  style={chipColors(choice.color)}
                  aria-pressed={on}
                  onClick={() =>
                    onChange(
                      on ? selected.filter((s) => s !== choice.name) : [...selected, choice.name],
                    )
                  }
                >
                  {choice.name}
                </button>
              );
            })}
          </div>
        );
        break;
      }
      case 'rating': {
        const max = Number(resultOptions(field).max ?? 5);
        const current = Number(draft);
        control = (
          <div
            className="rating-input"
            role="radiogroup"
            aria-labelledby={`${inputId}-label`}
            id={inputId}
          >
            {Array.from({ length: max }, (_, i) => (
              <button
                key={i}
                type="button"
                role="radio"
                aria-checked={current === i + 1}
                aria-label={`${i + 1} of ${max}`}
                className={i < current ? 'on' : undefined}
                onClick={() => onChange(current === i + 1 ? 0 : i + 1)}
              >
                <Icon name="star" size={20} fill="currentColor" />
              </button>
            ))}
          </div>
        );
        break;
      }
      case 'date':
        control = (
          <input
            {...common}
            type="date"
            value={String(draft)}
            onChange={(e) => onChange(e.target.value)}
          />
        );
        break;
      case 'dateTime':
        control = (
          <input
            {...common}
            type="datetime-local"
            value={String(draft)}
            onChange={(e) => onChange(e.target.value)}
          />
        );
        break;
      case 'longText':
        control = (
          <textarea
            {...common}
            value={String(draft)}
            onChange={(e) => onChange(e.target.value)}
            rows={4}
          />
        );
        break;
      case 'links':
        control = linkedTable ? (
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
        break;
      case 'attachments':
        control = (
          <AttachmentEditor
            attachments={draft as AttachmentValue[]}
            inputId={inputId}
            onChange={onChange}
          />
        );
        break;
      default: {
        const numeric = ['number', 'currency', 'percent', 'duration'].includes(kind);
        control = (
          <input
            {...common}
            type={
              kind === 'email'
                ? 'email'
                : kind === 'url'
                  ? 'url'
                  : kind === 'phone'
                    ? 'tel'
                    : 'text'
            }
            inputMode={numeric ? 'decimal' : undefined}
            placeholder={
              kind === 'duration'
                ? 'h:mm'
                : kind === 'percent'
                  ? 'Percent, e.g. 25'
                  : kind === 'currency'
                    ? `Amount in ${String(resultOptions(field).symbol ?? '$')}`
                    : undefined
            }
            value={String(draft)}
            onChange={(e) => onChange(e.target.value)}
          />
        );
      }
    }

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
      {control}
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
