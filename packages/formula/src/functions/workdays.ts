import { toNumber, toText } from '../coerce.ts';
import { parseDateLenient } from '../dates/parse-lenient.ts';
import { fromWallTime, localAsUtc, utcTime, wallClock } from '../dates/zone.ts';
import type { EvalContext, FunctionSpec } from '../runtime.ts';
import { isErrorValue, type FormulaValue } from '../values.ts';
import { requireDate, sameZone, zoneOf } from './date-args.ts';

const DAY_MS = 86400000;

// Holidays come as ISO dates in a comma-separated string or an array.
function holidayDays(value: FormulaValue | undefined): Set<number> {
  const days = new Set<number>();
  if (value === undefined || value === null) return days;
  const items = Array.isArray(value) ? value : toText(value).split(',');
  for (const item of items) {
    const time = item instanceof Date ? item.getTime() : parseDateLenient(toText(item).trim());
    if (!Number.isNaN(time)) days.add(Math.floor(time / DAY_MS));
  }
  return days;
}

// Day numbers count days since 1970-01-01 on the wall clock; day 0 was a Thursday.
function isWeekend(day: number): boolean {
  const weekday = (((day + 4) % 7) + 7) % 7;
  return weekday === 0 || weekday === 6;
}

function wallDay(date: Date, ctx: EvalContext): number {
  const clock = wallClock(date.getTime(), zoneOf(date, ctx));
  return Math.floor(utcTime(clock.year, clock.month, clock.day) / DAY_MS);
}

// Monday-Friday days in [from, to], both included, without a weekly walk over long spans.
function weekdaysBetween(from: number, to: number): number {
  const weeks = Math.floor((to - from + 1) / 7);
  let count = weeks * 5;
  for (let day = from + weeks * 7; day <= to; day++) if (!isWeekend(day)) count++;
  return count;
}

function workday(args: FormulaValue[], ctx: EvalContext): FormulaValue {
  const start = requireDate(args[0]!);
  if (isErrorValue(start)) return start;
  const steps = toNumber(args[1]!);
  if (isErrorValue(steps)) return steps;
  const holidays = holidayDays(args[2]);
  const zone = zoneOf(start, ctx);
  const clock = wallClock(start.getTime(), zone);
  // Walk the calendar on the wall clock, counting only Monday-Friday days that are not holidays.
  let day = Math.floor(utcTime(clock.year, clock.month, clock.day) / DAY_MS);
  const direction = Math.sign(steps);
  let remaining = Math.abs(Math.trunc(steps));
  while (remaining > 0) {
    day += direction;
    if (!isWeekend(day) && !holidays.has(day)) remaining--;
  }
  const timeOfDay = localAsUtc(clock) - utcTime(clock.year, clock.month, clock.day);
  return sameZone(fromWallTime(day * DAY_MS + timeOfDay, zone), start);
}

function workdayDiff(args: FormulaValue[], ctx: EvalContext): FormulaValue {
  const start = requireDate(args[0]!);
  if (isErrorValue(start)) return start;
  const end = requireDate(args[1]!);
  if (isErrorValue(end)) return end;
  const a = wallDay(start, ctx);
  const b = wallDay(end, ctx);
  const [from, to] = a <= b ? [a, b] : [b, a];
  let count = weekdaysBetween(from, to);
  for (const day of holidayDays(args[2])) {
    if (day >= from && day <= to && !isWeekend(day)) count--;
  }
  // Like NETWORKDAYS: both ends count, and an end before the start gives a negative count.
  return a <= b ? count : -count;
}

/** WORKDAY, WORKDAY_DIFF: Monday to Friday, less the holidays given as ISO dates. */
export const workdayFunctions: FunctionSpec[] = [
  { name: 'WORKDAY', minArgs: 2, maxArgs: 3, params: ['date', 'number', 'any'], call: workday },
  {
    name: 'WORKDAY_DIFF',
    minArgs: 2,
    maxArgs: 3,
    params: ['date', 'date', 'any'],
    call: workdayDiff,
  },
];
