import { MONTH_NAMES } from './calendar.ts';
import { fromWallTime, utcTime } from './zone.ts';

const ISO =
  /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const API_DATE =
  /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2}))?$/;
const SLASHED = /^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})(?:[ T,]+(.+))?$/;
const NAMED_MONTH_FIRST = /^([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:[ T,]+(.+))?$/;
const DAY_FIRST = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})(?:[ T,]+(.+))?$/;
const TIME =
  /^(\d{1,2})(?::(\d{2}))?(?::(\d{2})(?:\.(\d{1,9}))?)?\s*([ap]\.?m\.?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/** Looks up a month by full or 3+ letter English name; 0 when unknown. */
export function monthFromName(text: string): number {
  const lower = text.toLowerCase();
  if (lower.length < 3) return 0;
  const index = MONTH_NAMES.findIndex((name) => name.toLowerCase().startsWith(lower));
  return index + 1;
}

/** Parses `+05:30`, `-0800`, `+05` or `Z` into minutes east of UTC. */
export function parseOffset(text: string): number {
  if (text.toUpperCase() === 'Z') return 0;
  const digits = text.slice(1).replace(':', '');
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0');
  return text.startsWith('-') ? -minutes : minutes;
}

/** Fields read from a date string before they become an instant. */
export interface DateFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  offsetMinutes?: number;
}

/** Checks ranges and turns fields into an instant; naive times are read on `timeZone`'s wall clock. */
export function fieldsToTime(fields: DateFields, timeZone: string): number {
  const { year, month, day, hour, minute, second, millisecond } = fields;
  const lastDay = new Date(utcTime(year, month + 1, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > lastDay) return NaN;
  if (hour > 24 || minute > 59 || second > 59) return NaN;
  const local = utcTime(year, month, day, hour, minute, second, millisecond);
  if (fields.offsetMinutes !== undefined) return local - fields.offsetMinutes * 60000;
  return fromWallTime(local, timeZone);
}

/**
 * Reads the date strings people and the API write: ISO 8601, M/D/YYYY, YYYY/M/D,
 * "March 4, 2017", "4 March 2017", each with an optional time. NaN when unreadable.
 */
export function parseDateLenient(text: string, timeZone = 'UTC'): number {
  // The API's own shapes ("2024-03-10", "2024-03-10T09:30:00.000Z") are safe for Date.parse,
  // except that it rolls 2024-02-30 over to March: days past 28 take the checked path.
  if (API_DATE.test(text) && Number(text.slice(8, 10)) <= 28) return Date.parse(text);
  const input = text.trim();
  const iso = ISO.exec(input);
  if (iso) {
    return fieldsToTime(
      {
        year: Number(iso[1]),
        month: Number(iso[2]),
        day: Number(iso[3] ?? 1),
        hour: Number(iso[4] ?? 0),
        minute: Number(iso[5] ?? 0),
        second: Number(iso[6] ?? 0),
        millisecond: Number((iso[7] ?? '0').padEnd(3, '0').slice(0, 3)),
        offsetMinutes: iso[8] ? parseOffset(iso[8]) : undefined,
      },
      timeZone,
    );
  }
  let date: { year: number; month: number; day: number; rest: string | undefined } | undefined;
  const slashed = SLASHED.exec(input);
  const monthFirst = NAMED_MONTH_FIRST.exec(input);
  const dayFirst = DAY_FIRST.exec(input);
  if (slashed) {
    const [a, b, c] = [slashed[1] as string, Number(slashed[2]), slashed[3] as string];
    date =
      a.length === 4
        ? { year: Number(a), month: b, day: Number(c), rest: slashed[4] }
        : { year: expandYear(c), month: Number(a), day: b, rest: slashed[4] };
  } else if (monthFirst) {
    const month = monthFromName(monthFirst[1] as string);
    date = { year: Number(monthFirst[3]), month, day: Number(monthFirst[2]), rest: monthFirst[4] };
  } else if (dayFirst) {
    const month = monthFromName(dayFirst[2] as string);
    date = { year: Number(dayFirst[3]), month, day: Number(dayFirst[1]), rest: dayFirst[4] };
  }
  if (!date) return NaN;
  const time = date.rest === undefined ? undefined : TIME.exec(date.rest.trim());
  if (date.rest !== undefined && !time) return NaN;
  let hour = Number(time?.[1] ?? 0);
  const meridiem = time?.[5]?.toLowerCase();
  if (meridiem?.startsWith('p') && hour < 12) hour += 12;
  if (meridiem?.startsWith('a') && hour === 12) hour = 0;
  return fieldsToTime(
    {
      year: date.year,
      month: date.month,
      day: date.day,
      hour,
      minute: Number(time?.[2] ?? 0),
      second: Number(time?.[3] ?? 0),
      millisecond: Number((time?.[4] ?? '0').padEnd(3, '0').slice(0, 3)),
      offsetMinutes: time?.[6] ? parseOffset(time[6]) : undefined,
    },
    timeZone,
  );
}

// Two-digit years: 00-68 → 2000s, 69-99 → 1900s, as Moment reads them.
export function expandYear(text: string): number {
  const year = Number(text);
  if (text.length > 2) return year;
  return year + (year > 68 ? 1900 : 2000);
}
