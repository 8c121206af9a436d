import { flatten, toNumber, toText } from '../coerce.ts';
import type { FunctionSpec } from '../runtime.ts';
import { isErrorValue, type FormulaValue } from '../values.ts';

// A lone value acts as a one-item array and a blank as an empty one.
function asArray(value: FormulaValue): FormulaValue[] {
  if (Array.isArray(value)) return value;
  return value === null ? [] : [value];
}

function identity(value: FormulaValue): string {
  if (value instanceof Date) return `d${value.getTime()}`;
  return `${typeof value}:${toText(value)}`;
}

/** ARRAYJOIN, ARRAYUNIQUE, ARRAYCOMPACT, ARRAYFLATTEN, ARRAYSLICE. */
export const arrayFunctions: FunctionSpec[] = [
  {
    name: 'ARRAYJOIN',
    minArgs: 1,
    maxArgs: 2,
    call: ([values, separator]) => {
      const joiner = separator === undefined ? ', ' : toText(separator);
      return flatten(asArray(values!)).map(toText).join(joiner);
    },
  },
  {
    name: 'ARRAYUNIQUE',
    minArgs: 1,
    maxArgs: 1,
    call: ([values]) => {
      const seen = new Set<string>();
      return asArray(values!).filter((value) => {
        const key = identity(value);
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
    },
  },
  {
    // Drops null and "" only: false and whitespace-only text stay, as Airtable's reference says.
    name: 'ARRAYCOMPACT',
    minArgs: 1,
    maxArgs: 1,
    call: ([values]) => asArray(values!).filter((value) => value !== null && value !== ''),
  },
  { name: 'ARRAYFLATTEN', minArgs: 1, maxArgs: 1, call: ([values]) => flatten(asArray(values!)) },
  {
    // 1-based; negative positions count from the end.
    name: 'ARRAYSLICE',
    minArgs: 2,
    maxArgs: 3,
    params: ['any', 'number', 'number'],
    call: ([values, start, end]) => {
      const items = asArray(values!);
      const from = toNumber(start!);
      const to = end === undefined ? items.length : toNumber(end);
      if (isErrorValue(from)) return from;
      if (isErrorValue(to)) return to;
      const begin = from > 0 ? from - 1 : items.length + from;
      const stop = to >= 0 ? to : items.length + to + 1;
      return items.slice(Math.max(begin, 0), stop);
    },
  },
];
