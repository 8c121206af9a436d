'use client';
import { useId, useState } from 'react';
import { jsonObject } from '../../lib/graphql/scalars.ts';
import type { StepDraft } from '../../lib/workflow-draft.ts';
import { TemplateInput } from './template-input.tsx';

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

function headersText(value: unknown): string {
  return Object.entries(jsonObject(value) ?? {})
    .map(([name, v]) => `${name}: ${String(v)}`)
    .join('\n');
}

function readHeaders(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const at = line.indexOf(':');
    if (at > 0) headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return headers;
}

function bodyText(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value, null, 2);
}

/** http: a request to a public URL; the body is JSON (or a template giving it). */
export function HttpStepSettings({
  step,
  set,
}: {
  step: StepDraft;
  set: (patch: Partial<StepDraft>) => void;
}) {
  const id = useId();
  // The texts as typed: a body is only JSON once it is finished.
  const [headers, setHeaders] = useState(() => headersText(step.headers));
  const [body, setBody] = useState(() => bodyText(step.body));
  let bodyProblem: string | undefined;
  if (body.trim() && !body.includes('{{')) {
    try {
      JSON.parse(body);
    } catch {
      bodyProblem = 'Not JSON yet: the body is sent as this text.';
    }
  }
  return (
    <>
      <div className="form-row">
        <div className="field" style={{ flex: '0 0 110px' }}>
          <label htmlFor={`${id}-method`}>Method</label>
          <select
            id={`${id}-method`}
            value={String(step.method ?? 'POST')}
            onChange={(e) => set({ method: e.target.value })}
          >
            {METHODS.map((m) => (
              <option key={m}>{m}</option>
            ))}
          </select>
        </div>
        <TemplateInput
          label="URL"
          mono
          value={String(step.url ?? '')}
          onChange={(url) => set({ url })}
          placeholder="https://example.com/hooks/deal-won"
        />
      </div>
      <TemplateInput
        label="Headers (one per line, Name: value)"
        multiline
        mono
        value={headers}
        onChange={(text) => {
          setHeaders(text);
          set({ headers: readHeaders(text) });
        }}
      />
      <TemplateInput
        label="Body (JSON)"
        multiline
        mono
        value={body}
        error={bodyProblem}
        hint="A status of 400 or more fails the step."
        onChange={(text) => {
          setBody(text);
          let value: unknown = text;
          try {
            value = text.trim() ? JSON.parse(text) : undefined;
          } catch {
            // Kept as text: templates inside JSON strings make it valid once filled in.
          }
          set({ body: value });
        }}
      />
    </>
  );
}
