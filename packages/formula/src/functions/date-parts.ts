import { toNumber, toText } from '../coerce.ts';
import { parseDateLenient } from '../dates/parse-lenient.ts';
import { fromWallTime, localAsUtc, utcTime, wallClock, type WallClock } from '../dates/zone.ts';
import type { EvalContext, FunctionSpec } from '../runtime.ts';
import { errorValue, isErrorValue, type FormulaValue } from '../values.ts';
import { requireDate, sameZone, zoneOf } from './date-args.ts';

const DAY_MS = 86400000;

function part(name: string, read: (clock: WallClock) => number): FunctionSpec {
  return {
    name,
    minArgs: 1,
    maxArgs: 1,
    params: ['date'],
    call: ([value], ctx) => {
      const date = requireDate(value!);
      return isErrorValue(date) ? date : read(wallClock(date.getTime(), zoneOf(date, ctx)));
    },
  };
}

// Holidays come as ISO dates in a comma-separated string or an array.
function holidayDays(value: FormulaValue | undefined): Set<number> {
  const days = new Set<number>();
  if (value === undefined || value === null) return days;
  const items = Array.isArray(value) ? value : toText(value).split(',');
  for (const item of items) {
    const time = item instanceof Date ? item.getTime() : parseDateLenient(toText(item));
    if (!Number.isNaN(time)) days.add(Math.floor(time / DAY_MS));
  }
  return days;
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
    const weekday = new Date(day * DAY_MS).getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !holidays.has(day)) remaining--;
  }
  const timeOfDay = localAsUtc(clock) - utcTime(clock.year, clock.month, clock.day);
  return sameZone(fromWallTime(day * DAY_MS + timeOfDay, zone), start);
}

/** YEAR, MONTH, DAY, HOUR, MINUTE, SECOND, WEEKDAY, WORKDAY. */
export const datePartFunctions: FunctionSpec[] = [
  part('YEAR', (c) => c.year),
  part('MONTH', (c) => c.month),
  part('DAY', (c) => c.day),
  part('HOUR', (c) => c.hour),
  part('MINUTE', (c) => c.minute),
  part('SECOND', (c) => c.second),
  {
    // 0-6 from Sunday; a second argument "Monday" starts weeks on Monday.
    name: 'WEEKDAY',
    minArgs: 1,
    maxArgs: 2,
    params: ['date', 'any'],
    call: ([value, startDay], ctx) => {
      const date = requireDate(value!);
      if (isErrorValue(date)) return date;
      const weekday = wallClock(date.getTime(), zoneOf(date, ctx)).weekday;
      const start = startDay === undefined ? 'sunday' : toText(startDay).trim().toLowerCase();
      if (start === 'monday') return (weekday + 6) % 7;
      if (start === 'sunday' || start === '') return weekday;
      return errorValue(`WEEKDAY starts weeks on "Sunday" or "Monday", not "${toText(startDay!)}"`);
    },
  },
  { name: 'WORKDAY', minArgs: 2, maxArgs: 3, params: ['date', 'number', 'any'], call: workday },
];
