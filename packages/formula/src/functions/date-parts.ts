import { toText } from '../coerce.ts';
import { dayOfYear } from '../dates/calendar.ts';
import { utcTime, wallClock, type WallClock } from '../dates/zone.ts';
import type { FunctionSpec } from '../runtime.ts';
import { errorValue, isErrorValue, type FormulaValue } from '../values.ts';
import { requireDate, zoneOf } from './date-args.ts';

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

// 0 for weeks starting on Sunday (the default), 1 for Monday; undefined for anything else.
function weekStart(value: FormulaValue | undefined): number | undefined {
  const text = value === undefined || value === null ? '' : toText(value).trim().toLowerCase();
  if (text === '' || text === 'sunday') return 0;
  return text === 'monday' ? 1 : undefined;
}

function badWeekStart(name: string, value: FormulaValue) {
  return errorValue(`${name} starts weeks on "Sunday" or "Monday", not "${toText(value)}"`);
}

/** YEAR, MONTH, DAY, HOUR, MINUTE, SECOND, WEEKDAY, WEEKNUM. */
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
      const first = weekStart(startDay);
      if (first === undefined) return badWeekStart('WEEKDAY', startDay!);
      const weekday = wallClock(date.getTime(), zoneOf(date, ctx)).weekday;
      return (weekday - first + 7) % 7;
    },
  },
  {
    // Week 1 holds January 1st; weeks start on Sunday unless the second argument says "Monday".
    name: 'WEEKNUM',
    minArgs: 1,
    maxArgs: 2,
    params: ['date', 'any'],
    call: ([value, startDay], ctx) => {
      const date = requireDate(value!);
      if (isErrorValue(date)) return date;
      const first = weekStart(startDay);
      if (first === undefined) return badWeekStart('WEEKNUM', startDay!);
      const clock = wallClock(date.getTime(), zoneOf(date, ctx));
      const jan1Weekday = new Date(utcTime(clock.year, 1, 1)).getUTCDay();
      const daysBefore = (jan1Weekday - first + 7) % 7;
      return Math.floor((dayOfYear(clock) - 1 + daysBefore) / 7) + 1;
    },
  },
];
