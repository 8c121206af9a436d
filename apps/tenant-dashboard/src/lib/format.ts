// Cell values as text, in the person's locale. Pure, so the grid, the drawer and tests share it.
import { fieldKind, resultOptions, type FieldLike } from './field-types.ts';

function precisionOf(field: FieldLike, fallback: number): number {
  const precision = resultOptions(field).precision;
  return typeof precision === 'number' && precision >= 0 && precision <= 8 ? precision : fallback;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string | undefined, digits: number, min = digits): Intl.NumberFormat {
  const key = `${locale}|${digits}|${min}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      minimumFractionDigits: min,
      maximumFractionDigits: digits,
    });
    numberFormats.set(key, format);
  }
  return format;
}

/** Seconds as h:mm (or h:mm:ss when the field shows seconds). */
export function formatDuration(seconds: number, field?: FieldLike): string {
  const format = String(resultOptions(field ?? { type: 'duration' }).durationFormat ?? 'h:mm');
  const sign = seconds < 0 ? '-' : '';
  const total = Math.abs(seconds);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const secs = Math.round(total % 60);
  const base = `${sign}${hours}:${String(minutes).padStart(2, '0')}`;
  return format.includes('ss') ? `${base}:${String(secs).padStart(2, '0')}` : base;
}

/** A number as the field shows it: currency symbol, percent, precision, grouping. */
export function formatNumber(value: number, field: FieldLike, locale?: string): string {
  const kind = fieldKind(field);
  if (kind === 'duration') return formatDuration(value, field);
  if (kind === 'percent') {
    return `${numberFormat(locale, precisionOf(field, 0)).format(value * 100)}%`;
  }
  if (kind === 'currency') {
    const symbol = String(resultOptions(field).symbol ?? '$');
    const text = numberFormat(locale, precisionOf(field, 2)).format(Math.abs(value));
    return `${value < 0 ? '-' : ''}${symbol}${text}`;
  }
  const digits = precisionOf(field, Number.isInteger(value) ? 0 : 2);
  return numberFormat(
    locale,
    digits,
    Math.min(digits, Number.isInteger(value) ? 0 : digits),
  ).format(value);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: string | undefined, withTime: boolean, timeZone?: string) {
  const key = `${locale}|${withTime}|${timeZone}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      ...(withTime ? { timeStyle: 'short' } : {}),
      ...(timeZone ? { timeZone } : {}),
    });
    dateFormats.set(key, format);
  }
  return format;
}

/**
 * A date (YYYY-MM-DD, shown as that calendar day everywhere) or a date-time (shown in the
 * person's time zone, or the field's when it names one) in the person's locale.
 */
export function formatDate(
  value: string,
  field: FieldLike,
  locale?: string,
  timeZone?: string,
): string {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const time = Date.parse(dateOnly ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(time)) return value;
  if (dateOnly || fieldKind(field) === 'date') {
    return dateFormat(locale, false, 'UTC').format(time);
  }
  const zone = resultOptions(field).timeZone;
  const fieldZone = typeof zone === 'string' && zone !== 'client' ? zone : undefined;
  return dateFormat(locale, true, fieldZone ?? timeZone).format(time);
}

interface Named {
  name?: unknown;
  email?: unknown;
  filename?: unknown;
}

/** Any cell value as plain text (search results, tooltips, lookups, formulas). */
export function cellText(value: unknown, field: FieldLike, locale?: string): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map((v) => cellText(v, field, locale)).join(', ');
  if (typeof value === 'number') return formatNumber(value, field, locale);
  if (typeof value === 'boolean') return value ? '✓' : '';
  if (typeof value === 'string') {
    const kind = fieldKind(field);
    if ((kind === 'date' || kind === 'dateTime') && /^\d{4}-\d{2}-\d{2}/.test(value))
      return formatDate(value, field, locale);
    return value;
  }
  if (typeof value === 'object') {
    const named = value as Named;
    const label = named.name ?? named.filename ?? named.email;
    if (typeof label === 'string') return label;
    if ('specialValue' in value) return String((value as { specialValue: unknown }).specialValue);
    if ('error' in value) return '#ERROR';
  }
  return JSON.stringify(value);
}

/** Initials for a collaborator's avatar. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  return ((words[0]![0] ?? '') + (words.length > 1 ? (words.at(-1)![0] ?? '') : '')).toUpperCase();
}

/** "3 minutes ago", "yesterday", in the person's locale. */
export function timeAgo(iso: string, now = Date.now(), locale?: string): string {
  const seconds = Math.round((Date.parse(iso) - now) / 1000);
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const abs = Math.abs(seconds);
  if (abs < 45) return format.format(0, 'second');
  if (abs < 3600) return format.format(Math.round(seconds / 60), 'minute');
  if (abs < 86_400) return format.format(Math.round(seconds / 3600), 'hour');
  if (abs < 30 * 86_400) return format.format(Math.round(seconds / 86_400), 'day');
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(Date.parse(iso));
}
