import { toNumber } from '../coerce.ts';
import type { EagerFunction, FunctionSpec, ParamKind } from '../runtime.ts';
import { errorValue, isErrorValue, type FormulaValue } from '../values.ts';

type NumberResult = number | ReturnType<typeof errorValue>;

const NUMBERS: readonly ParamKind[] = ['number'];

/** A finite number, or the error Airtable shows for NaN and Infinity. */
export function finite(n: number): NumberResult {
  return Number.isFinite(n) ? n : errorValue('The result is not a finite number');
}

// Shifts the decimal point in the string form, so ROUND(1.005, 2) is 1.01, not 1.
function shift(n: number, places: number): number {
  const [mantissa, exponent = '0'] = String(n).split('e');
  return Number(`${mantissa}e${Number(exponent) + places}`);
}

function roundWith(mode: (n: number) => number): EagerFunction['call'] {
  return (args) => {
    const value = toNumber(args[0]!);
    const places = toNumber(args[1] ?? 0);
    if (isErrorValue(value)) return value;
    if (isErrorValue(places)) return places;
    const digits = Math.trunc(places);
    return finite(shift(mode(shift(value, digits)), -digits) || 0);
  };
}

// Ties go toward +∞, as Airtable's reference says of ROUND.
const halfUp = (n: number) => Math.floor(n + 0.5);
const awayFromZero = (n: number) => Math.sign(n) * Math.ceil(Math.abs(n));
const towardZero = (n: number) => Math.trunc(n);

function toMultiple(args: FormulaValue[], mode: (n: number) => number): NumberResult {
  const value = toNumber(args[0]!);
  const significance = toNumber(args[1] ?? 1);
  if (isErrorValue(value)) return value;
  if (isErrorValue(significance)) return significance;
  if (significance === 0) return errorValue('Significance cannot be 0');
  let steps = value / significance;
  // Absorb float noise so CEILING(0.3, 0.1) stays 0.3.
  const nearest = Math.round(steps);
  if (Math.abs(steps - nearest) < 1e-9) steps = nearest;
  return finite(Number((mode(steps) * significance).toPrecision(15)) || 0);
}

function unary(name: string, fn: (n: number) => NumberResult): FunctionSpec {
  return {
    name,
    minArgs: 1,
    maxArgs: 1,
    params: ['number'],
    call: ([value]) => {
      const n = toNumber(value!);
      return isErrorValue(n) ? n : fn(n);
    },
  };
}

/** ABS, ROUND, ROUNDUP, ROUNDDOWN, CEILING, FLOOR, INT, EVEN, ODD, MOD, POWER, SQRT, EXP, LOG. */
export const numericFunctions: FunctionSpec[] = [
  unary('ABS', (n) => Math.abs(n)),
  // The reference gives ROUND, ROUNDUP and ROUNDDOWN a required precision.
  { name: 'ROUND', minArgs: 2, maxArgs: 2, params: NUMBERS, call: roundWith(halfUp) },
  { name: 'ROUNDUP', minArgs: 2, maxArgs: 2, params: NUMBERS, call: roundWith(awayFromZero) },
  { name: 'ROUNDDOWN', minArgs: 2, maxArgs: 2, params: NUMBERS, call: roundWith(towardZero) },
  {
    name: 'CEILING',
    minArgs: 1,
    maxArgs: 2,
    params: NUMBERS,
    call: (args) => toMultiple(args, Math.ceil),
  },
  {
    name: 'FLOOR',
    minArgs: 1,
    maxArgs: 2,
    params: NUMBERS,
    call: (args) => toMultiple(args, Math.floor),
  },
  unary('INT', (n) => Math.floor(n)),
  // Both round away from zero, as the reference's EVEN(-0.1) = -2 and ODD(-0.1) = -1 show.
  unary('EVEN', (n) => Math.sign(n) * Math.ceil(Math.abs(n) / 2) * 2 || 0),
  unary('ODD', (n) => {
    const up = Math.ceil(Math.abs(n));
    return (n < 0 ? -1 : 1) * (up % 2 === 1 ? up : up + 1);
  }),
  unary('SQRT', (n) => (n < 0 ? errorValue('SQRT of a negative number') : Math.sqrt(n))),
  unary('EXP', (n) => finite(Math.exp(n))),
  {
    name: 'MOD',
    minArgs: 2,
    maxArgs: 2,
    params: NUMBERS,
    call: ([value, divisor]) => {
      const a = toNumber(value!);
      const b = toNumber(divisor!);
      if (isErrorValue(a)) return a;
      if (isErrorValue(b)) return b;
      // The remainder takes the sign of the dividend, as JavaScript's %.
      return b === 0 ? errorValue('MOD by zero') : a % b || 0;
    },
  },
  {
    name: 'POWER',
    minArgs: 2,
    maxArgs: 2,
    params: NUMBERS,
    call: ([base, exponent]) => {
      const a = toNumber(base!);
      const b = toNumber(exponent!);
      if (isErrorValue(a)) return a;
      if (isErrorValue(b)) return b;
      return finite(a ** b);
    },
  },
  {
    name: 'LOG',
    minArgs: 1,
    maxArgs: 2,
    params: NUMBERS,
    call: ([value, base]) => {
      const n = toNumber(value!);
      const b = toNumber(base ?? 10);
      if (isErrorValue(n)) return n;
      if (isErrorValue(b)) return b;
      if (n <= 0 || b <= 0 || b === 1)
        return errorValue('LOG needs positive numbers and a base other than 1');
      if (b === 10) return Math.log10(n);
      return finite(Math.log(n) / Math.log(b));
    },
  },
];
