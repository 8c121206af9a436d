import type { BinaryOperator } from './ast.ts';
import { toNumber, toText } from './coerce.ts';
import { compareValues, valuesEqual } from './compare.ts';
import { errorValue, FormulaErrorValue, type FormulaValue } from './values.ts';

type Apply = (left: FormulaValue, right: FormulaValue) => FormulaValue;

function arithmetic(op: (a: number, b: number) => number): Apply {
  return (left, right) => {
    // Fast path: two numbers, the common case in filters.
    if (typeof left === 'number' && typeof right === 'number')
      return finiteOrError(op(left, right));
    const a = toNumber(left);
    if (a instanceof FormulaErrorValue) return a;
    const b = toNumber(right);
    if (b instanceof FormulaErrorValue) return b;
    return finiteOrError(op(a, b));
  };
}

function finiteOrError(n: number): FormulaValue {
  // Division by zero and overflow show as #ERROR! in Airtable.
  return Number.isFinite(n) ? n : errorValue('Division by zero or a number too large');
}

function ordering(test: (order: number) => boolean): Apply {
  // NaN (incomparable values) fails every test, so the comparison is false.
  return (left, right) => test(compareValues(left, right));
}

const APPLY: Record<BinaryOperator, Apply> = {
  '&': (left, right) => toText(left) + toText(right),
  '+': arithmetic((a, b) => a + b),
  '-': arithmetic((a, b) => a - b),
  '*': arithmetic((a, b) => a * b),
  '/': arithmetic((a, b) => a / b),
  '=': (left, right) => valuesEqual(left, right),
  '!=': (left, right) => !valuesEqual(left, right),
  '<': ordering((o) => o < 0),
  '>': ordering((o) => o > 0),
  '<=': ordering((o) => o <= 0),
  '>=': ordering((o) => o >= 0),
};

/** The function behind a binary operator; error operands are handled by the caller. */
export function binaryOperator(operator: BinaryOperator): Apply {
  return APPLY[operator];
}
