import { flatten, isBlank, numericOrUndefined } from '../coerce.ts';
import type { FunctionSpec } from '../runtime.ts';
import type { FormulaValue } from '../values.ts';

// Aggregates read numbers out of their arguments and any arrays in them (rollups, lookups);
// text that is not a number and blanks are skipped.
function numbers(args: FormulaValue[]): number[] {
  const out: number[] = [];
  for (const value of flatten(args)) {
    const n = numericOrUndefined(value);
    if (n !== undefined && !Number.isNaN(n)) out.push(n);
  }
  return out;
}

function extreme(args: FormulaValue[], pick: (a: number, b: number) => number): FormulaValue {
  const values = flatten(args).filter((v) => !isBlank(v));
  // MAX/MIN of dates (a rollup of a date field) stays a date.
  if (values.length > 0 && values.every((v) => v instanceof Date)) {
    const times = (values as Date[]).map((d) => d.getTime());
    return new Date(times.reduce((a, b) => pick(a, b)));
  }
  const found = numbers(values);
  return found.length === 0 ? 0 : found.reduce((a, b) => pick(a, b));
}

/** MAX, MIN, SUM, AVERAGE, COUNT, COUNTA, COUNTALL. */
export const aggregateFunctions: FunctionSpec[] = [
  { name: 'MAX', minArgs: 1, maxArgs: Infinity, call: (args) => extreme(args, Math.max) },
  { name: 'MIN', minArgs: 1, maxArgs: Infinity, call: (args) => extreme(args, Math.min) },
  {
    name: 'SUM',
    minArgs: 1,
    maxArgs: Infinity,
    call: (args) => numbers(args).reduce((sum, n) => sum + n, 0),
  },
  {
    name: 'AVERAGE',
    minArgs: 1,
    maxArgs: Infinity,
    call: (args) => {
      const found = numbers(args);
      return found.length === 0 ? 0 : found.reduce((sum, n) => sum + n, 0) / found.length;
    },
  },
  {
    name: 'COUNT',
    minArgs: 1,
    maxArgs: Infinity,
    call: (args) => flatten(args).filter((v) => typeof v === 'number').length,
  },
  {
    name: 'COUNTA',
    minArgs: 1,
    maxArgs: Infinity,
    call: (args) => flatten(args).filter((v) => v !== null && v !== '').length,
  },
  { name: 'COUNTALL', minArgs: 1, maxArgs: Infinity, call: (args) => flatten(args).length },
];
