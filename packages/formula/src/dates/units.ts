import { fromWallTime, localAsUtc, utcTime, wallClock } from './zone.ts';

/** Airtable's shared unit specifiers, normalised to their short form. */
export type DateUnit = 'ms' | 's' | 'm' | 'h' | 'd' | 'w' | 'M' | 'Q' | 'y';

// Short forms are case-sensitive ('m' minutes, 'M' months), as in Airtable's table of specifiers.
const SHORT_UNITS = new Set<string>(['ms', 's', 'm', 'h', 'd', 'w', 'M', 'Q', 'y']);
const LONG_UNITS: Record<string, DateUnit> = {
  millisecond: 'ms',
  second: 's',
  minute: 'm',
  hour: 'h',
  day: 'd',
  week: 'w',
  month: 'M',
  quarter: 'Q',
  year: 'y',
};

const FIXED_MS: Partial<Record<DateUnit, number>> = { ms: 1, s: 1000, m: 60000, h: 3600000 };
const DAY_MS = 86400000;

/** Reads a unit specifier ('days', 'day', 'd', 'Months', 'M', …); undefined when not recognised. */
export function parseDateUnit(text: string): DateUnit | undefined {
  const trimmed = text.trim();
  if (SHORT_UNITS.has(trimmed)) return trimmed as DateUnit;
  const lower = trimmed.toLowerCase();
  return LONG_UNITS[lower.endsWith('s') ? lower.slice(0, -1) : lower];
}

/** Adds `count` units to an instant; days and longer follow the wall clock of `timeZone`. */
export function addToDate(time: number, count: number, unit: DateUnit, timeZone: string): number {
  const fixed = FIXED_MS[unit];
  if (fixed !== undefined) return time + count * fixed;
  // Like Moment, calendar units only move by whole steps.
  const steps = Math.round(count);
  const clock = wallClock(time, timeZone);
  if (unit === 'd' || unit === 'w') {
    const local = localAsUtc(clock) + steps * (unit === 'w' ? 7 : 1) * DAY_MS;
    return fromWallTime(local, timeZone);
  }
  const months = steps * (unit === 'y' ? 12 : unit === 'Q' ? 3 : 1);
  return fromWallTime(addMonthsToLocal(localAsUtc(clock), months), timeZone);
}

// Adds months to a UTC-read wall time, clamping the day to the end of the target month.
function addMonthsToLocal(local: number, months: number): number {
  const date = new Date(local);
  const total = date.getUTCFullYear() * 12 + date.getUTCMonth() + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  const lastDay = new Date(utcTime(year, month + 1, 0)).getUTCDate();
  const day = Math.min(date.getUTCDate(), lastDay);
  return utcTime(
    year,
    month,
    day,
    date.getUTCHours(),
    date.getUTCMinutes(),
    date.getUTCSeconds(),
    date.getUTCMilliseconds(),
  );
}

/** `a - b` in whole units, truncated toward zero; calendar units follow the wall clock of `timeZone`. */
export function diffDates(a: number, b: number, unit: DateUnit, timeZone: string): number {
  const fixed = FIXED_MS[unit];
  if (fixed !== undefined) return truncate((a - b) / fixed);
  const localA = localAsUtc(wallClock(a, timeZone));
  const localB = localAsUtc(wallClock(b, timeZone));
  if (unit === 'd') return truncate((localA - localB) / DAY_MS);
  if (unit === 'w') return truncate((localA - localB) / (7 * DAY_MS));
  const months = wholeMonthsBetween(localB, localA);
  if (unit === 'Q') return truncate(months / 3);
  if (unit === 'y') return truncate(months / 12);
  return months;
}

function truncate(value: number): number {
  return Math.trunc(value) || 0;
}

// Whole calendar months from `from` to `to` (negative when `to` is earlier).
function wholeMonthsBetween(from: number, to: number): number {
  const a = new Date(from);
  const b = new Date(to);
  let months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + (b.getUTCMonth() - a.getUTCMonth());
  const landed = addMonthsToLocal(from, months);
  if (to >= from && landed > to) months--;
  else if (to < from && landed < to) months++;
  return months;
}

/** The start of the unit containing `time` on the wall clock of `timeZone` (weeks start on Sunday). */
export function startOfUnit(time: number, unit: DateUnit, timeZone: string): number {
  if (unit === 'ms') return time;
  if (unit === 's') return Math.floor(time / 1000) * 1000;
  const clock = wallClock(time, timeZone);
  let local: number;
  if (unit === 'h') local = utcTime(clock.year, clock.month, clock.day, clock.hour);
  else if (unit === 'm')
    local = utcTime(clock.year, clock.month, clock.day, clock.hour, clock.minute);
  else if (unit === 'y') local = utcTime(clock.year, 1, 1);
  else if (unit === 'Q') local = utcTime(clock.year, clock.month - ((clock.month - 1) % 3), 1);
  else if (unit === 'M') local = utcTime(clock.year, clock.month, 1);
  else if (unit === 'w') local = utcTime(clock.year, clock.month, clock.day - clock.weekday);
  else local = utcTime(clock.year, clock.month, clock.day);
  return fromWallTime(local, timeZone);
}
