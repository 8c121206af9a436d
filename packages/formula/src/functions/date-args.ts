import { toDate } from '../coerce.ts';
import { ZonedDate } from '../dates/zoned-date.ts';
import type { EvalContext } from '../runtime.ts';
import { errorValue, FormulaErrorValue, type FormulaValue } from '../values.ts';

/** A date argument; a blank date is an error, as Airtable shows #ERROR! for DATETIME_FORMAT of an empty field. */
export function requireDate(value: FormulaValue): Date | FormulaErrorValue {
  const date = toDate(value);
  return date === null ? errorValue('Expected a date but the value is blank') : date;
}

/** The zone a date is read in: its SET_TIMEZONE zone, else the evaluation's zone. */
export function zoneOf(date: Date, ctx: EvalContext): string {
  return (date instanceof ZonedDate && date.timeZone) || ctx.timeZone;
}

/** A new instant that keeps the zone and locale SET_TIMEZONE and SET_LOCALE gave `like`. */
export function sameZone(time: number, like: Date): Date {
  return like instanceof ZonedDate
    ? new ZonedDate(time, like.timeZone, like.locale)
    : new Date(time);
}

/** Runs `fn` with the arguments as dates, or returns the first error. */
export function withDates<T extends FormulaValue>(
  values: FormulaValue[],
  fn: (...dates: Date[]) => T,
): T | FormulaErrorValue {
  const dates: Date[] = [];
  for (const value of values) {
    const date = requireDate(value);
    if (date instanceof FormulaErrorValue) return date;
    dates.push(date);
  }
  return fn(...dates);
}
