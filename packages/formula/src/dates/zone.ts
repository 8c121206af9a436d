/** Calendar fields of an instant as seen on a wall clock in one time zone. */
export interface WallClock {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
  /** Minutes east of UTC. */
  offsetMinutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatterFor(timeZone: string): Intl.DateTimeFormat | null {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
        era: 'short',
      });
    } catch {
      formatter = null;
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True for `UTC` and any IANA zone name Intl knows. */
export function isValidTimeZone(timeZone: string): boolean {
  return isUtc(timeZone) || formatterFor(timeZone) !== null;
}

function isUtc(timeZone: string): boolean {
  return timeZone === 'UTC' || timeZone === 'GMT' || timeZone === 'Etc/UTC';
}

/** Milliseconds since the epoch for a proleptic-Gregorian UTC wall time (years 0-99 included). */
export function utcTime(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  millisecond = 0,
): number {
  if (year >= 100) return Date.UTC(year, month - 1, day, hour, minute, second, millisecond);
  // Date.UTC maps years 0-99 to 1900-1999.
  const date = new Date(Date.UTC(2000, 0, 1, hour, minute, second, millisecond));
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

const DAY_MS = 86400000;
const MAX_CACHED_DAYS = 100000;
// Per zone: UTC day number → that day's offset in minutes, or null when the offset changes that day.
const dayOffsets = new Map<string, Map<number, number | null>>();

// Asks Intl for the exact offset of one instant; the slow path.
function offsetFromIntl(formatter: Intl.DateTimeFormat, time: number): number {
  const parts: Record<string, string> = {};
  for (const part of formatter.formatToParts(new Date(time))) parts[part.type] = part.value;
  const rawYear = Number(parts.year);
  const year = parts.era === 'BC' || parts.era === 'B' ? 1 - rawYear : rawYear;
  const local = utcTime(
    year,
    Number(parts.month),
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return Math.round((local - (time - (((time % 1000) + 1000) % 1000))) / 60000);
}

/** Minutes east of UTC in `timeZone` at `time`; an unknown zone counts as UTC. */
export function offsetMinutesAt(time: number, timeZone: string): number {
  const formatter = isUtc(timeZone) ? null : formatterFor(timeZone);
  if (!formatter) return 0;
  // Offsets change at most once a day (DST), so a day whose two ends agree has one offset.
  let days = dayOffsets.get(timeZone);
  if (!days || days.size > MAX_CACHED_DAYS) {
    days = new Map();
    dayOffsets.set(timeZone, days);
  }
  const day = Math.floor(time / DAY_MS);
  let offset = days.get(day);
  if (offset === undefined) {
    const atStart = offsetFromIntl(formatter, day * DAY_MS);
    const atEnd = offsetFromIntl(formatter, day * DAY_MS + DAY_MS - 1);
    offset = atStart === atEnd ? atStart : null;
    days.set(day, offset);
  }
  return offset ?? offsetFromIntl(formatter, time);
}

/** Reads the wall clock of `time` in `timeZone`; an unknown zone reads as UTC. */
export function wallClock(time: number, timeZone: string): WallClock {
  const offsetMinutes = offsetMinutesAt(time, timeZone);
  const date = new Date(time + offsetMinutes * 60000);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
    millisecond: date.getUTCMilliseconds(),
    weekday: date.getUTCDay(),
    offsetMinutes,
  };
}

/** The instant at which the wall clock in `timeZone` shows the given local time (as UTC ms). */
export function fromWallTime(localAsUtc: number, timeZone: string): number {
  if (isUtc(timeZone) || !formatterFor(timeZone)) return localAsUtc;
  // Two passes settle the offset, including across a DST change.
  const firstOffset = offsetMinutesAt(localAsUtc, timeZone) * 60000;
  let time = localAsUtc - firstOffset;
  const secondOffset = offsetMinutesAt(time, timeZone) * 60000;
  if (secondOffset !== firstOffset) time = localAsUtc - secondOffset;
  return time;
}

/** The wall clock read as if it were UTC: handy for calendar arithmetic. */
export function localAsUtc(clock: WallClock): number {
  return utcTime(
    clock.year,
    clock.month,
    clock.day,
    clock.hour,
    clock.minute,
    clock.second,
    clock.millisecond,
  );
}
