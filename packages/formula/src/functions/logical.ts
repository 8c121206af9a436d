import { isTruthy } from '../coerce.ts';
import { valuesEqual } from '../compare.ts';
import type { FunctionSpec } from '../runtime.ts';
import { errorValue, isErrorValue } from '../values.ts';

/** IF, SWITCH, AND, OR, NOT, XOR, BLANK, ERROR, ISERROR, TRUE, FALSE. */
export const logicalFunctions: FunctionSpec[] = [
  {
    name: 'IF',
    minArgs: 2,
    maxArgs: 3,
    lazy: true,
    call: ([condition, whenTrue, whenFalse], ctx) => {
      const test = condition!(ctx);
      if (isErrorValue(test)) return test;
      if (isTruthy(test)) return whenTrue!(ctx);
      return whenFalse ? whenFalse(ctx) : null;
    },
  },
  {
    name: 'SWITCH',
    minArgs: 2,
    maxArgs: Infinity,
    lazy: true,
    call: (args, ctx) => {
      const value = args[0]!(ctx);
      if (isErrorValue(value)) return value;
      let i = 1;
      for (; i + 1 < args.length; i += 2) {
        const pattern = args[i]!(ctx);
        if (!isErrorValue(pattern) && valuesEqual(value, pattern)) return args[i + 1]!(ctx);
      }
      // An odd argument left over is the default.
      return i < args.length ? args[i]!(ctx) : null;
    },
  },
  {
    name: 'AND',
    minArgs: 1,
    maxArgs: Infinity,
    lazy: true,
    call: (args, ctx) => {
      for (const arg of args) {
        const value = arg(ctx);
        if (isErrorValue(value)) return value;
        if (!isTruthy(value)) return false;
      }
      return true;
    },
  },
  {
    name: 'OR',
    minArgs: 1,
    maxArgs: Infinity,
    lazy: true,
    call: (args, ctx) => {
      for (const arg of args) {
        const value = arg(ctx);
        if (isErrorValue(value)) return value;
        if (isTruthy(value)) return true;
      }
      return false;
    },
  },
  {
    name: 'XOR',
    minArgs: 1,
    maxArgs: Infinity,
    call: (args) => args.filter(isTruthy).length % 2 === 1,
  },
  { name: 'NOT', minArgs: 1, maxArgs: 1, call: ([value]) => !isTruthy(value!) },
  { name: 'BLANK', minArgs: 0, maxArgs: 0, call: () => null },
  { name: 'ERROR', minArgs: 0, maxArgs: 0, call: () => errorValue('ERROR() was called') },
  {
    name: 'ISERROR',
    minArgs: 1,
    maxArgs: 1,
    lazy: true,
    call: ([expression], ctx) => isErrorValue(expression!(ctx)),
  },
  { name: 'TRUE', minArgs: 0, maxArgs: 0, call: () => true },
  { name: 'FALSE', minArgs: 0, maxArgs: 0, call: () => false },
];
