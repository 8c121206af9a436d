import { utcTime, type WallClock } from './zone.ts';

const DAY_MS = 86400000;

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
export const WEEKDAY_NAMES = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
];

/** 1-based day of the year. */
export function dayOfYear(clock: WallClock): number {
  return (
    Math.round((utcTime(clock.year, clock.month, clock.day) - utcTime(clock.year, 1, 1)) / DAY_MS) +
    1
  );
}

/** ISO 8601 week (weeks start Monday; week 1 holds the year's first Thursday). */
export function isoWeek(clock: WallClock): { week: number; year: number } {
  const isoWeekday = (clock.weekday + 6) % 7;
  const thursday = new Date(utcTime(clock.year, clock.month, clock.day + 3 - isoWeekday));
  const year = thursday.getUTCFullYear();
  const dayIndex = Math.round((thursday.getTime() - utcTime(year, 1, 1)) / DAY_MS);
  return { week: Math.floor(dayIndex / 7) + 1, year };
}

/** US locale week (weeks start Sunday; week 1 holds January 1st), as Moment's `w`. */
export function localeWeek(clock: WallClock): { week: number; year: number } {
  const daysInYear = Math.round(
    (utcTime(clock.year + 1, 1, 1) - utcTime(clock.year, 1, 1)) / DAY_MS,
  );
  const doy = dayOfYear(clock);
  // The week's Saturday falls in next year: this week is that year's week 1.
  if (doy + (6 - clock.weekday) > daysInYear) return { week: 1, year: clock.year + 1 };
  const jan1Weekday = new Date(utcTime(clock.year, 1, 1)).getUTCDay();
  return { week: Math.floor((doy - 1 + jan1Weekday) / 7) + 1, year: clock.year };
}

/** English ordinal: 1st, 2nd, 3rd, 4th, 11th, 21st. */
export function ordinal(n: number): string {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`;
  const suffix = ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** Zero-pads to `width` digits, keeping a leading minus sign. */
export function pad(n: number, width: number): string {
  const digits = String(Math.abs(n)).padStart(width, '0');
  return n < 0 ? `-${digits}` : digits;
}
