// A grid cell as text and back: what typing or pasting into a cell sends to Airtable (or why
// it cannot), and what copying a cell puts on the clipboard.
import { fromDraft } from './edit-values.ts';
import { choicesOf, fieldKind, isComputed, resultOptions, type FieldLike } from './field-types.ts';
import { formatDuration } from './format.ts';

export interface NamedField extends FieldLike {
  name: string;
}

/** Why a field's cells cannot be typed or pasted into, or null when they can. */
export function readOnlyReason(field: NamedField): string | null {
  if (isComputed(field)) return `${field.name} is computed by Airtable.`;
  switch (fieldKind(field)) {
    case 'links':
      return `${field.name} links to records; pick them in the record.`;
    case 'attachments':
      return `${field.name} holds files; add them in the record.`;
    case 'collaborator':
      return `${field.name} holds people; pick them in the record.`;
    default:
      return null;
  }
}

const TRUE = new Set(['true', 'yes', 'y', '1', 'x', '✓', '✔', 'checked', 'on']);
const FALSE = new Set(['false', 'no', 'n', '0', '', 'unchecked', 'off']);

/**
 * The value a typed or pasted text stands for in a field (null clears the cell), or the reason
 * it cannot be one, in words that name the text and the field.
 */
export function valueFromText(
  text: string,
  field: NamedField,
): { value: unknown } | { error: string } {
  const readOnly = readOnlyReason(field);
  if (readOnly) return { error: readOnly };
  const kind = fieldKind(field);
  const trimmed = text.trim();
  const refuse = (why: string) => ({ error: `“${trimmed}” cannot go in ${field.name}: ${why}` });
  switch (kind) {
    case 'checkbox': {
      const word = trimmed.toLowerCase();
      if (TRUE.has(word)) return { value: true };
      if (FALSE.has(word)) return { value: false };
      return refuse('use yes or no.');
    }
    case 'rating': {
      if (!trimmed) return { value: null };
      const max = Number(resultOptions(field).max ?? 5);
      const stars = /^★+$/.test(trimmed) ? trimmed.length : Number(trimmed);
      if (!Number.isInteger(stars) || stars < 0 || stars > max)
        return refuse(`use a whole number from 0 to ${max}.`);
      return { value: stars === 0 ? null : stars };
    }
    case 'singleSelect': {
      if (!trimmed) return { value: null };
      const choice = choicesOf(field).find((c) => c.name.toLowerCase() === trimmed.toLowerCase());
      return choice ? { value: choice.name } : refuse('it is not one of its options.');
    }
    case 'multipleSelects': {
      const names = trimmed
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean);
      const choices = choicesOf(field);
      const picked: string[] = [];
      for (const name of names) {
        const choice = choices.find((c) => c.name.toLowerCase() === name.toLowerCase());
        if (!choice) return { error: `“${name}” is not an option of ${field.name}.` };
        if (!picked.includes(choice.name)) picked.push(choice.name);
      }
      return { value: picked.length ? picked : null };
    }
    case 'date': {
      if (!trimmed) return { value: null };
      const iso = dateOnly(trimmed);
      return iso ? { value: iso } : refuse('use a date like 2025-03-31.');
    }
    case 'dateTime': {
      if (!trimmed) return { value: null };
      const time = Date.parse(trimmed);
      return Number.isNaN(time)
        ? refuse('use a date and time like 2025-03-31 14:30.')
        : { value: new Date(time).toISOString() };
    }
    default: {
      const result = fromDraft(kind === 'text' ? text.replace(/\n/g, ' ') : text, field);
      return 'error' in result ? refuse(lower(result.error)) : result;
    }
  }
}

function lower(message: string): string {
  return message.charAt(0).toLowerCase() + message.slice(1);
}

/** A date as YYYY-MM-DD from the ways people write one (ISO, or a date Date can read). */
function dateOnly(text: string): string | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return Number.isNaN(Date.parse(text)) ? null : text;
  const time = Date.parse(`${text} 12:00 UTC`);
  if (Number.isNaN(time)) return null;
  return new Date(time).toISOString().slice(0, 10);
}

/** A cell as clipboard text, in a form valueFromText reads back into the same value. */
export function textOfValue(value: unknown, field: FieldLike): string {
  if (value === null || value === undefined) return '';
  const kind = fieldKind(field);
  if (kind === 'checkbox') return value === true ? 'checked' : '';
  if (kind === 'percent' && typeof value === 'number')
    return `${Math.round(value * 100 * 1e6) / 1e6}%`;
  if (kind === 'duration' && typeof value === 'number') return formatDuration(value, field);
  if (Array.isArray(value)) return value.map((v) => textOfValue(v, field)).join(', ');
  if (typeof value === 'object') {
    const named = value as { name?: unknown; filename?: unknown; email?: unknown };
    const label = named.name ?? named.filename ?? named.email;
    return typeof label === 'string' ? label : JSON.stringify(value);
  }
  return String(value);
}
