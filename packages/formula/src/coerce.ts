import { parseDateLenient } from './dates/parse-lenient.ts';
import { errorValue, FormulaErrorValue, type FormulaValue } from './values.ts';

const NUMERIC_TEXT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/** Text as Airtable shows a value: blanks are "", arrays join with ", ", dates are ISO 8601. */
export function toText(value: FormulaValue): string {
  if (typeof value === 'string') return value;
  if (value === null) return '';
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
  if (Array.isArray(value)) return value.map(toText).join(', ');
  return value.code;
}

/** Numbers print without a `-0` and without exponent noise for ordinary magnitudes. */
export function formatNumber(value: number): string {
  if (Object.is(value, -0)) return '0';
  return String(value);
}

/** The number a value stands for in arithmetic: blank is 0, numeric text is read, else an error. */
export function toNumber(value: FormulaValue): number | FormulaErrorValue {
  if (typeof value === 'number') return value;
  if (value === null) return 0;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof FormulaErrorValue) return value;
  if (value instanceof Date) return errorValue('A date cannot be used as a number');
  const text = (Array.isArray(value) ? toText(value) : value).trim();
  if (text === '') return 0;
  if (NUMERIC_TEXT.test(text)) return Number(text);
  return errorValue(`"${text}" is not a number`);
}

/** Reads numeric text, else undefined: used where non-numbers are skipped, not errors. */
export function numericOrUndefined(value: FormulaValue): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string') {
    const text = value.trim();
    return NUMERIC_TEXT.test(text) ? Number(text) : undefined;
  }
  return undefined;
}

/** Blank as Airtable means it: no value, empty text, or an empty array. */
export function isBlank(value: FormulaValue): boolean {
  if (value === null || value === '') return true;
  if (Array.isArray(value)) return !hasContent(value);
  return false;
}

// An array counts as empty when every item (at any depth) is blank.
function hasContent(values: readonly FormulaValue[]): boolean {
  return values.some((v) => (Array.isArray(v) ? hasContent(v) : v !== null && v !== ''));
}

/** Airtable truthiness: 0, "", blank, false, NaN, empty arrays and errors are false. */
export function isTruthy(value: FormulaValue): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0 && !Number.isNaN(value);
  if (typeof value === 'string') return value.length > 0;
  if (value === null || value instanceof FormulaErrorValue) return false;
  if (value instanceof Date) return !Number.isNaN(value.getTime());
  return hasContent(value);
}

/** A date for date functions: dates pass, text is parsed, a one-item array unwraps, blank stays blank. */
export function toDate(value: FormulaValue): Date | null | FormulaErrorValue {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? errorValue('Invalid date') : value;
  }
  if (value === null || value === '') return null;
  if (value instanceof FormulaErrorValue) return value;
  if (Array.isArray(value)) {
    if (value.length === 0) return null;
    return value.length === 1 ? toDate(value[0] as FormulaValue) : toDate(toText(value));
  }
  if (typeof value === 'string') {
    const time = parseDateLenient(value);
    return Number.isNaN(time) ? errorValue(`"${value}" is not a date`) : new Date(time);
  }
  return errorValue('Expected a date');
}

/** Flattens nested arrays (lookups of lookups) into one list. */
export function flatten(values: readonly FormulaValue[]): FormulaValue[] {
  const out: FormulaValue[] = [];
  for (const value of values) {
    if (Array.isArray(value)) out.push(...flatten(value));
    else out.push(value);
  }
  return out;
}
