// Between a cell value (as Airtable stores it) and what an input shows and edits, with the
// checks a person gets before anything is sent.
import { fieldKind, resultOptions, type FieldLike } from './field-types.ts';
import { formatDuration } from './format.ts';
import { parseDurationInput, parseNumberInput } from './formula.ts';

export interface AttachmentValue {
  id?: string;
  url: string;
  filename?: string;
  type?: string;
  thumbnails?: { small?: { url: string } };
}

export type Draft = string | boolean | number | string[] | AttachmentValue[];

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** An ISO date-time as a datetime-local input value, in the browser's time zone. */
export function toLocalDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** What an editor starts from, for a cell value. */
export function toDraft(value: unknown, field: FieldLike): Draft {
  const kind = fieldKind(field);
  switch (kind) {
    case 'checkbox':
      return value === true;
    case 'multipleSelects':
    case 'links':
      return Array.isArray(value) ? value.map(String) : [];
    case 'attachments':
      return Array.isArray(value) ? (value as AttachmentValue[]) : [];
    case 'rating':
      return typeof value === 'number' ? value : 0;
    case 'number':
    case 'currency':
      return typeof value === 'number' ? String(value) : '';
    case 'percent':
      return typeof value === 'number' ? String(Math.round(value * 100 * 1e6) / 1e6) : '';
    case 'duration':
      return typeof value === 'number' ? formatDuration(value, field) : '';
    case 'dateTime':
      return typeof value === 'string' ? toLocalDateTime(value) : '';
    case 'date':
      return typeof value === 'string' ? value.slice(0, 10) : '';
    default:
      return value === undefined || value === null ? '' : String(value);
  }
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The value to send for an edited draft (null clears the cell), or what is wrong with it.
 * Checks what Airtable would refuse, so the person hears it before saving.
 */
export function fromDraft(draft: Draft, field: FieldLike): { value: unknown } | { error: string } {
  const kind = fieldKind(field);
  if (typeof draft === 'boolean') return { value: draft };
  if (Array.isArray(draft)) {
    if (kind === 'links' && draft.length > 1 && field.options?.prefersSingleRecordLink === true)
      return { error: 'This field links to one record only.' };
    return { value: draft.length ? draft : null };
  }
  if (typeof draft === 'number') {
    const max = Number(resultOptions(field).max ?? 5);
    if (draft < 0 || draft > max) return { error: `Choose between 0 and ${max}.` };
    return { value: draft === 0 ? null : draft };
  }
  const text = draft.trim();
  if (!text) return { value: null };
  switch (kind) {
    case 'number':
    case 'currency':
    case 'percent': {
      const value = parseNumberInput(text, kind);
      if (value === null) return { error: 'Enter a number, like 1200 or 12.5.' };
      const precision = resultOptions(field).precision;
      if (kind === 'number' && precision === 0 && !Number.isInteger(value))
        return { error: 'This field takes whole numbers only.' };
      return { value };
    }
    case 'duration': {
      const value = parseDurationInput(text);
      return value === null ? { error: 'Enter a duration as h:mm, like 1:30.' } : { value };
    }
    case 'email':
      return EMAIL.test(text)
        ? { value: text }
        : { error: 'Enter an email address, like name@example.com.' };
    case 'url':
      try {
        const url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`);
        return url.hostname.includes('.') || url.hostname === 'localhost'
          ? { value: /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}` }
          : { error: 'Enter a web address, like https://example.com.' };
      } catch {
        return { error: 'Enter a web address, like https://example.com.' };
      }
    case 'phone':
      return /^[+()\d\s.-]{3,}$/.test(text)
        ? { value: text }
        : { error: 'Use digits, spaces and + ( ) - only.' };
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(text))
        ? { value: text }
        : { error: 'Pick a date.' };
    case 'dateTime': {
      const time = new Date(text).getTime();
      return Number.isNaN(time)
        ? { error: 'Pick a date and time.' }
        : { value: new Date(time).toISOString() };
    }
    default:
      // Text keeps its spaces as typed (only a blank value clears the cell).
      return { value: draft };
  }
}

/** True when two cell values are the same (empty values are all alike). */
export function sameValue(a: unknown, b: unknown): boolean {
  const empty = (v: unknown) =>
    v === undefined ||
    v === null ||
    v === '' ||
    v === false ||
    (Array.isArray(v) && v.length === 0);
  if (empty(a) && empty(b)) return true;
  return JSON.stringify(a) === JSON.stringify(b);
}
