'use client';
import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { WORKSPACE_BASES } from '../../lib/graphql/workspaces.ts';
import { Button, ErrorMessage, TextField } from '../ui.tsx';

export interface EndpointDraft {
  url: string;
  description: string;
  eventTypes: string[];
  filter: {
    baseId: string | null;
    tableId: string | null;
    changedFields: string[];
    formula: string | null;
  } | null;
  batchSize: number;
  rateLimitPerSecond: number;
}

/** A new endpoint: its URL, the events it wants (the picker) and what narrows them (filters). */
export function EndpointForm({
  workspaceId,
  eventTypes,
  busy,
  error,
  onSubmit,
  onCancel,
}: {
  workspaceId: string;
  eventTypes: { name: string; description: string }[];
  busy: boolean;
  error: unknown;
  onSubmit: (draft: EndpointDraft) => void;
  onCancel: () => void;
}) {
  const { data } = useQuery(WORKSPACE_BASES, { variables: { id: workspaceId } });
  const bases = data?.workspace?.bases ?? [];
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [types, setTypes] = useState<Set<string>>(new Set(['record.created', 'record.updated']));
  const [baseId, setBaseId] = useState('');
  const [tableId, setTableId] = useState('');
  const [fields, setFields] = useState('');
  const [formula, setFormula] = useState('');
  const [batchSize, setBatchSize] = useState(1);
  const tables = bases.find((b) => b.id === baseId)?.tables ?? [];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const changedFields = fields
      .split(',')
      .map((f) => f.trim())
      .filter(Boolean);
    const filtered = baseId || tableId || changedFields.length || formula.trim();
    onSubmit({
      url: url.trim(),
      description: description.trim(),
      eventTypes: [...types],
      filter: filtered
        ? {
            baseId: baseId || null,
            tableId: tableId || null,
            changedFields,
            formula: formula.trim() || null,
          }
        : null,
      batchSize,
      rateLimitPerSecond: 10,
    });
  };

  return (
    <form className="card-body" onSubmit={submit} aria-label="New webhook endpoint">
      <TextField
        label="Endpoint URL"
        type="url"
        required
        value={url}
        onChange={(e) => setUrl(e.target.value)}
        placeholder="https://example.com/webhooks/pyairtable"
        hint="Public https addresses only (internal hosts need WEBHOOKS_ALLOW_HOSTS)."
      />
      <TextField
        label="Description"
        value={description}
        onChange={(e) => setDescription(e.target.value)}
      />
      <fieldset className="field">
        <legend className="label">Events</legend>
        <div className="event-picker">
          {eventTypes.map((t) => (
            <label key={t.name}>
              <input
                type="checkbox"
                checked={types.has(t.name)}
                onChange={(e) =>
                  setTypes((current) => {
                    const next = new Set(current);
                    if (e.target.checked) next.add(t.name);
                    else next.delete(t.name);
                    return next;
                  })
                }
              />
              <span>
                <code>{t.name}</code>
                <span className="muted">{t.description}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="field">
        <legend className="label">Filters (optional)</legend>
        <div className="form-row">
          <div className="field">
            <label htmlFor="webhook-base">Base</label>
            <select
              id="webhook-base"
              value={baseId}
              onChange={(e) => {
                setBaseId(e.target.value);
                setTableId('');
              }}
            >
              <option value="">Any base</option>
              {bases.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="webhook-table">Table</label>
            <select
              id="webhook-table"
              value={tableId}
              disabled={!baseId}
              onChange={(e) => setTableId(e.target.value)}
            >
              <option value="">Any table</option>
              {tables.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </div>
        </div>
        <TextField
          label="Changed fields"
          value={fields}
          onChange={(e) => setFields(e.target.value)}
          placeholder="Stage, Amount"
          hint="record.updated only when one of these fields changed (names, comma-separated)."
        />
        <TextField
          label="Formula"
          value={formula}
          onChange={(e) => setFormula(e.target.value)}
          placeholder="{Stage} = 'Won'"
          hint="An Airtable formula the record must match."
        />
      </fieldset>
      <TextField
        label="Events per request"
        type="number"
        min={1}
        max={100}
        value={batchSize}
        onChange={(e) => setBatchSize(Math.max(1, Math.min(100, Number(e.target.value) || 1)))}
        hint="1 sends each event alone; more sends them together as a batch."
      />
      {error ? <ErrorMessage error={error} compact /> : null}
      <div className="form-row">
        <Button
          type="submit"
          variant="primary"
          icon="plus"
          busy={busy}
          disabled={!url.trim() || types.size === 0}
        >
          Add endpoint
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
