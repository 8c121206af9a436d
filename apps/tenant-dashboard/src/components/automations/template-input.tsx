'use client';
// A text setting that may hold {{ templates }}: the template picker inserts at its caret.
import { useEffect, useId, useRef } from 'react';
import { insertAt } from '../../lib/workflow-draft.ts';
import { useTemplateScope } from './template-scope.tsx';

export function TemplateInput({
  label,
  value,
  onChange,
  multiline,
  placeholder,
  hint,
  error,
  mono,
  hideLabel,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  multiline?: boolean;
  placeholder?: string;
  hint?: string;
  error?: string;
  mono?: boolean;
  /** For an input whose label is already on screen (a heading above it). */
  hideLabel?: boolean;
}) {
  const id = useId();
  const scope = useTemplateScope();
  const element = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  // The picker inserts after later edits too: it must call this render's onChange, not the
  // one the input had when it got the focus.
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  });

  const register = () =>
    scope?.setTarget({
      insert: (text) => {
        const el = element.current;
        const next = insertAt(
          el?.value ?? '',
          text,
          el?.selectionStart ?? null,
          el?.selectionEnd ?? null,
        );
        latest.current(next.value);
        requestAnimationFrame(() => {
          el?.focus();
          el?.setSelectionRange(next.caret, next.caret);
        });
      },
    });

  const props = {
    id,
    ref: element,
    value,
    placeholder,
    onFocus: register,
    onChange: (e: { target: { value: string } }) => onChange(e.target.value),
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : hint ? `${id}-hint` : undefined,
    className: mono ? 'mono' : undefined,
  };
  return (
    <div className="field">
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      {multiline ? <textarea rows={3} {...props} /> : <input {...props} />}
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}
