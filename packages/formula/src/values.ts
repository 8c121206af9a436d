/** A runtime error value, shown by Airtable as `#ERROR!`; ISERROR() detects it. */
export class FormulaErrorValue {
  constructor(
    readonly code: string = '#ERROR!',
    /** Why the error happened, for people debugging a formula; not part of Airtable's output. */
    readonly reason: string = '',
  ) {}

  toString(): string {
    return this.code;
  }
}

/**
 * What a formula evaluates to: text, number, boolean, blank (null), a date, an array
 * (lookups, multiple selects, linked records) or an error value.
 */
export type FormulaValue =
  string | number | boolean | null | Date | FormulaErrorValue | FormulaValue[];

/** Builds an error value with a reason for debugging. */
export function errorValue(reason: string): FormulaErrorValue {
  return new FormulaErrorValue('#ERROR!', reason);
}

/** True when the value is a runtime error value. */
export function isErrorValue(value: FormulaValue): value is FormulaErrorValue {
  return value instanceof FormulaErrorValue;
}
