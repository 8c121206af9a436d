import { PATTERNS } from './infer-type.ts';

export type Converted = { ok: true; value: unknown } | { ok: false; reason: string };

const ok = (value: unknown): Converted => ({ ok: true, value });
const no = (reason: string): Converted => ({ ok: false, reason });

const TRUE = new Set(['true', 'yes', 'checked', 'x', '✓', '✔', '1']);
const FALSE = new Set(['false', 'no', 'unchecked', '0']);

function toNumber(text: string): number | null {
  const n = Number(text.replace(/[\s,$€£¥%]/g, ''));
  return Number.isFinite(n) && /\d/.test(text) ? n : null;
}

/** A date as YYYY-MM-DD (M/D/YYYY read as US dates, as Airtable's importer does). */
function toDate(text: string): string | null {
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const iso = us
    ? `${us[3]}-${us[1]!.padStart(2, '0')}-${us[2]!.padStart(2, '0')}`
    : /^\d{4}-\d{2}-\d{2}$/.test(text)
      ? text
      : null;
  if (!iso) return null;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso ? iso : null;
}

/**
 * A cell's text as the value a field of `type` takes, or why it cannot be: nothing is
 * guessed, rounded away or dropped silently. Empty text is an empty cell (undefined).
 */
export function convertCell(type: string, raw: string): Converted {
  const text = raw.trim();
  if (text === '') return ok(undefined);
  switch (type) {
    case 'number':
    case 'currency':
    case 'rating':
    case 'duration': {
      const n = toNumber(text);
      return n === null || text.includes('%') ? no(`"${text}" is not a number.`) : ok(n);
    }
    case 'percent': {
      const n = toNumber(text);
      if (n === null) return no(`"${text}" is not a percentage.`);
      // Airtable keeps percentages as fractions: 50% is 0.5.
      return ok(text.includes('%') ? n / 100 : n);
    }
    case 'checkbox': {
      const v = text.toLowerCase();
      if (TRUE.has(v)) return ok(true);
      if (FALSE.has(v)) return ok(false);
      return no(`"${text}" is not a yes/no value.`);
    }
    case 'date': {
      const d = toDate(text) ?? (PATTERNS.dateTime.test(text) ? toDate(text.slice(0, 10)) : null);
      return d ? ok(d) : no(`"${text}" is not a date (YYYY-MM-DD or M/D/YYYY).`);
    }
    case 'dateTime': {
      if (!PATTERNS.dateTime.test(text) && !toDate(text))
        return no(`"${text}" is not a date and time (ISO 8601).`);
      // A time without a zone is read as UTC; the zone given is kept.
      const zoned = /(Z|[+-]\d{2}:?\d{2})$/.test(text) || !text.includes(':') ? text : `${text}Z`;
      const d = new Date(zoned.replace(' ', 'T'));
      return Number.isNaN(d.getTime())
        ? no(`"${text}" is not a date and time.`)
        : ok(d.toISOString());
    }
    case 'email':
      return PATTERNS.email.test(text) ? ok(text) : no(`"${text}" is not an email address.`);
    case 'url':
      return PATTERNS.url.test(text) ? ok(text) : no(`"${text}" is not an http(s) URL.`);
    case 'phoneNumber':
      return PATTERNS.phoneNumber.test(text) ? ok(text) : no(`"${text}" is not a phone number.`);
    case 'multipleSelects':
      return ok(text.split(/\s*,\s*/).filter(Boolean));
    case 'singleLineText':
      return text.includes('\n') ? no('A single line of text cannot hold line breaks.') : ok(raw);
    case 'singleSelect':
    case 'multilineText':
    case 'richText':
      return ok(type === 'singleSelect' ? text : raw);
    default:
      return no(`Fields of type ${type} cannot be imported.`);
  }
}
