import { toNumber, toText } from '../coerce.ts';
import { describeSpan } from '../dates/relative-time.ts';
import { addToDate, diffDates, parseDateUnit, startOfUnit } from '../dates/units.ts';
import { fromWallTime, utcTime, wallClock } from '../dates/zone.ts';
import { currentTime, type FunctionSpec, type ParamKind } from '../runtime.ts';
import { errorValue, isErrorValue } from '../values.ts';
import { requireDate, sameZone, withDates, zoneOf } from './date-args.ts';

const TWO_DATES: readonly ParamKind[] = ['date', 'date', 'any'];

// The reference: "Calculates the number of days between the current date and another date",
// shown as "25 days". Airtable's dates are Moment's, and this is Moment's wording of the span.
function spanToNow(name: string): FunctionSpec {
  return {
    name,
    minArgs: 1,
    maxArgs: 1,
    params: ['date'],
    call: ([value], ctx) => {
      const date = requireDate(value!);
      if (isErrorValue(date)) return date;
      return describeSpan(date.getTime(), currentTime(ctx).getTime(), zoneOf(date, ctx));
    },
  };
}

/** TODAY, NOW, TONOW, FROMNOW, DATEADD, DATETIME_DIFF, IS_BEFORE, IS_AFTER, IS_SAME. */
export const dateFunctions: FunctionSpec[] = [
  spanToNow('TONOW'),
  spanToNow('FROMNOW'),
  {
    // Midnight at the start of today on the evaluation's wall clock.
    name: 'TODAY',
    minArgs: 0,
    maxArgs: 0,
    call: (_args, ctx) => {
      const clock = wallClock(currentTime(ctx).getTime(), ctx.timeZone);
      return new Date(fromWallTime(utcTime(clock.year, clock.month, clock.day), ctx.timeZone));
    },
  },
  {
    name: 'NOW',
    minArgs: 0,
    maxArgs: 0,
    call: (_args, ctx) => new Date(currentTime(ctx).getTime()),
  },
  {
    name: 'DATEADD',
    minArgs: 3,
    maxArgs: 3,
    params: ['date', 'number', 'any'],
    call: ([value, count, unitText], ctx) => {
      const date = requireDate(value!);
      if (isErrorValue(date)) return date;
      const n = toNumber(count!);
      if (isErrorValue(n)) return n;
      const unit = parseDateUnit(toText(unitText!));
      if (!unit) return errorValue(`Unknown unit "${toText(unitText!)}"`);
      return sameZone(addToDate(date.getTime(), n, unit, zoneOf(date, ctx)), date);
    },
  },
  {
    // Missing unit: seconds. Unrecognised unit: milliseconds. Both per Airtable's unit table.
    name: 'DATETIME_DIFF',
    minArgs: 2,
    maxArgs: 3,
    params: TWO_DATES,
    call: ([first, second, unitText], ctx) =>
      withDates([first!, second!], (a, b) => {
        const unit = unitText === undefined ? 's' : (parseDateUnit(toText(unitText)) ?? 'ms');
        return diffDates(a.getTime(), b.getTime(), unit, zoneOf(a, ctx));
      }),
  },
  {
    name: 'IS_BEFORE',
    minArgs: 2,
    maxArgs: 2,
    params: TWO_DATES,
    call: ([a, b]) => withDates([a!, b!], (x, y) => x.getTime() < y.getTime()),
  },
  {
    name: 'IS_AFTER',
    minArgs: 2,
    maxArgs: 2,
    params: TWO_DATES,
    call: ([a, b]) => withDates([a!, b!], (x, y) => x.getTime() > y.getTime()),
  },
  {
    // With a unit, both dates fall in the same calendar unit (same day, month…); without, same instant.
    name: 'IS_SAME',
    minArgs: 2,
    maxArgs: 3,
    params: TWO_DATES,
    call: ([a, b, unitText], ctx) =>
      withDates([a!, b!], (x, y) => {
        if (unitText === undefined) return x.getTime() === y.getTime();
        const unit = parseDateUnit(toText(unitText)) ?? 'ms';
        const zone = zoneOf(x, ctx);
        return startOfUnit(x.getTime(), unit, zone) === startOfUnit(y.getTime(), unit, zone);
      }),
  },
];
