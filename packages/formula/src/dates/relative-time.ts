import { addToDate, diffDates } from './units.ts';

const DAY_MS = 86400000;

// Moment's English relativeTime strings and thresholds (moment.relativeTimeThreshold).
const THRESHOLDS = { ss: 44, s: 45, m: 45, h: 22, d: 26, M: 11 };

/**
 * The span between two instants in words, as Moment's `fromNow(true)` and `toNow(true)`
 * write it: "a few seconds", "5 minutes", "an hour", "25 days", "a month", "2 years".
 * Months are whole calendar months on the wall clock of `timeZone`.
 */
export function describeSpan(a: number, b: number, timeZone: string): string {
  const [from, to] = a <= b ? [a, b] : [b, a];
  // Moment measures a span as whole months plus the milliseconds left over.
  const months = diffDates(to, from, 'M', timeZone);
  const ms = to - addToDate(from, months, 'M', timeZone);
  const days = Math.round((months * 146097) / 4800) + ms / DAY_MS;
  const seconds = Math.round(days * 86400);
  const minutes = Math.round(days * 1440);
  const hours = Math.round(days * 24);
  const wholeDays = Math.round(days);
  const totalMonths = months + ((ms / DAY_MS) * 4800) / 146097;
  const monthsRounded = Math.round(totalMonths);
  const years = Math.round(totalMonths / 12);
  if (seconds <= THRESHOLDS.ss) return 'a few seconds';
  if (seconds < THRESHOLDS.s) return `${seconds} seconds`;
  if (minutes <= 1) return 'a minute';
  if (minutes < THRESHOLDS.m) return `${minutes} minutes`;
  if (hours <= 1) return 'an hour';
  if (hours < THRESHOLDS.h) return `${hours} hours`;
  if (wholeDays <= 1) return 'a day';
  if (wholeDays < THRESHOLDS.d) return `${wholeDays} days`;
  if (monthsRounded <= 1) return 'a month';
  if (monthsRounded < THRESHOLDS.M) return `${monthsRounded} months`;
  if (years <= 1) return 'a year';
  return `${years} years`;
}
