import { isBlank, numericOrUndefined, toDate, toText } from './coerce.ts';
import type { FormulaValue } from './values.ts';

// Airtable's equality is loose: BLANK() equals "", 0 and FALSE(); 1 = "1"; arrays compare as
// their ", "-joined text; a date equals text that parses to the same instant.

/** The `=` operator; callers have already handled error values. */
export function valuesEqual(a: FormulaValue, b: FormulaValue): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a === b;
  if (typeof a === 'string' && typeof b === 'string') return a === b;
  const blankA = isBlank(a);
  const blankB = isBlank(b);
  if (blankA || blankB)
    return (blankA || a === 0 || a === false) && (blankB || b === 0 || b === false);
  if (a instanceof Date || b instanceof Date) {
    const other = a instanceof Date ? b : a;
    const date = toDate(other);
    const self = (a instanceof Date ? a : b) as Date;
    return date instanceof Date && date.getTime() === self.getTime();
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    return valuesEqual(Array.isArray(a) ? toText(a) : a, Array.isArray(b) ? toText(b) : b);
  }
  const numA = numericOrUndefined(a);
  const numB = numericOrUndefined(b);
  if (numA !== undefined && numB !== undefined) return numA === numB;
  return toText(a) === toText(b);
}

/**
 * Orders two values for < > <= >=: negative, zero, positive, or NaN when they cannot be
 * compared (a blank against a date, a date against text that is not a date).
 */
export function compareValues(a: FormulaValue, b: FormulaValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (a instanceof Date || b instanceof Date) {
    const dateA = toDate(a);
    const dateB = toDate(b);
    if (!(dateA instanceof Date) || !(dateB instanceof Date)) return NaN;
    return dateA.getTime() - dateB.getTime();
  }
  const left = Array.isArray(a) ? toText(a) : a;
  const right = Array.isArray(b) ? toText(b) : b;
  if (typeof left === 'string' && typeof right === 'string') {
    // Two texts compare as text, even when they look like numbers ("10" < "9").
    return left < right ? -1 : left > right ? 1 : 0;
  }
  // A blank against a number counts as 0; text against a number is read as a number if it is one.
  const numA = left === null || left === '' ? 0 : numericOrUndefined(left);
  const numB = right === null || right === '' ? 0 : numericOrUndefined(right);
  if (numA !== undefined && numB !== undefined) return numA - numB;
  const textA = toText(left);
  const textB = toText(right);
  return textA < textB ? -1 : textA > textB ? 1 : 0;
}
