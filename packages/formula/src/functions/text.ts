import { toNumber, toText } from '../coerce.ts';
import type { FunctionSpec } from '../runtime.ts';
import { errorValue, isErrorValue, type FormulaValue } from '../values.ts';

// A count or position argument: numeric, floored, never negative.
function count(value: FormulaValue | undefined, fallback: number): number | undefined {
  if (value === undefined) return fallback;
  const n = toNumber(value);
  return isErrorValue(n) || Number.isNaN(n) ? undefined : Math.max(0, Math.floor(n));
}

const badCount = () => errorValue('Expected a number of characters');

function find(needle: string, haystack: string, from: FormulaValue | undefined): number {
  const start = count(from, 0) ?? 0;
  // startFromPosition is 0 by default in Airtable's reference: it is an index, not a 1-based place.
  return haystack.indexOf(needle, start) + 1;
}

/** CONCATENATE, LEN, LOWER, UPPER, TRIM, LEFT, RIGHT, MID, FIND, SEARCH, SUBSTITUTE, REPLACE, REPT, T, VALUE, ENCODE_URL_COMPONENT. */
export const textFunctions: FunctionSpec[] = [
  { name: 'CONCATENATE', minArgs: 1, maxArgs: Infinity, call: (args) => args.map(toText).join('') },
  { name: 'LEN', minArgs: 1, maxArgs: 1, call: ([s]) => toText(s!).length },
  { name: 'LOWER', minArgs: 1, maxArgs: 1, call: ([s]) => toText(s!).toLowerCase() },
  { name: 'UPPER', minArgs: 1, maxArgs: 1, call: ([s]) => toText(s!).toUpperCase() },
  { name: 'TRIM', minArgs: 1, maxArgs: 1, call: ([s]) => toText(s!).trim() },
  {
    name: 'LEFT',
    minArgs: 2,
    maxArgs: 2,
    params: ['any', 'number'],
    call: ([s, n]) => {
      const howMany = count(n, 1);
      return howMany === undefined ? badCount() : toText(s!).slice(0, howMany);
    },
  },
  {
    name: 'RIGHT',
    minArgs: 2,
    maxArgs: 2,
    params: ['any', 'number'],
    call: ([s, n]) => {
      const howMany = count(n, 1);
      if (howMany === undefined) return badCount();
      const text = toText(s!);
      return howMany === 0 ? '' : text.slice(-howMany);
    },
  },
  {
    name: 'MID',
    minArgs: 3,
    maxArgs: 3,
    params: ['any', 'number', 'number'],
    call: ([s, start, n]) => {
      const from = count(start, 1);
      const howMany = count(n, 0);
      if (from === undefined || howMany === undefined) return badCount();
      const begin = Math.max(from, 1) - 1;
      return toText(s!).slice(begin, begin + howMany);
    },
  },
  {
    name: 'FIND',
    minArgs: 2,
    maxArgs: 3,
    params: ['any', 'any', 'number'],
    call: ([needle, haystack, from]) => find(toText(needle!), toText(haystack!), from),
  },
  {
    // Like FIND, but blank rather than 0 when there is no match.
    name: 'SEARCH',
    minArgs: 2,
    maxArgs: 3,
    params: ['any', 'any', 'number'],
    call: ([needle, haystack, from]) => find(toText(needle!), toText(haystack!), from) || null,
  },
  {
    name: 'SUBSTITUTE',
    minArgs: 3,
    maxArgs: 4,
    params: ['any', 'any', 'any', 'number'],
    call: ([s, oldText, newText, index]) => {
      const text = toText(s!);
      const search = toText(oldText!);
      const replacement = toText(newText!);
      if (search === '') return text;
      if (index === undefined) return text.split(search).join(replacement);
      const which = count(index, 1);
      if (!which) return badCount();
      let at = -1;
      for (let seen = 0; seen < which; seen++) {
        at = text.indexOf(search, at + 1);
        if (at === -1) return text;
      }
      return text.slice(0, at) + replacement + text.slice(at + search.length);
    },
  },
  {
    name: 'REPLACE',
    minArgs: 4,
    maxArgs: 4,
    params: ['any', 'number', 'number', 'any'],
    call: ([s, start, n, replacement]) => {
      const from = count(start, 1);
      const howMany = count(n, 0);
      if (from === undefined || howMany === undefined) return badCount();
      const text = toText(s!);
      const begin = Math.max(from, 1) - 1;
      return text.slice(0, begin) + toText(replacement!) + text.slice(begin + howMany);
    },
  },
  {
    name: 'REPT',
    minArgs: 2,
    maxArgs: 2,
    params: ['any', 'number'],
    call: ([s, n]) => {
      const times = count(n, 0);
      return times === undefined ? badCount() : toText(s!).repeat(times);
    },
  },
  {
    name: 'T',
    minArgs: 1,
    maxArgs: 1,
    call: ([value]) => {
      if (typeof value === 'string') return value;
      if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return toText(value);
      return null;
    },
  },
  {
    name: 'VALUE',
    minArgs: 1,
    maxArgs: 1,
    call: ([value]) => {
      if (typeof value === 'number') return value;
      // Currency symbols, thousands separators and spaces are dropped: VALUE("$1,000") is 1000.
      const cleaned = toText(value!).replace(/[^0-9.eE+-]/g, '');
      if (cleaned === '') return null;
      const n = toNumber(cleaned);
      return isErrorValue(n) ? errorValue(`VALUE cannot read "${toText(value!)}"`) : n;
    },
  },
  {
    name: 'ENCODE_URL_COMPONENT',
    minArgs: 1,
    maxArgs: 1,
    call: ([s]) => encodeURIComponent(toText(s!)),
  },
];
