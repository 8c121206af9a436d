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
  const date = new Date(Date.UTC(2000, 0, 1, hour, minute, second, millisecond));
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

/** Reads the wall clock of `time` in `timeZone`; an unknown zone reads as UTC. */
export function wallClock(time: number, timeZone: string): WallClock {
  const formatter = isUtc(timeZone) ? null : formatterFor(timeZone);
  const date = new Date(time);
  if (!formatter) {
    return {
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
      hour: date.getUTCHours(),
      minute: date.getUTCMinutes(),
      second: date.getUTCSeconds(),
      millisecond: date.getUTCMilliseconds(),
      weekday: date.getUTCDay(),
      offsetMinutes: 0,
    };
  }
  const parts: Record<string, string> = {};
  for (const part of formatter.formatToParts(date)) parts[part.type] = part.value;
  const rawYear = Number(parts.year);
  const year = parts.era === 'BC' || parts.era === 'B' ? 1 - rawYear : rawYear;
  const millisecond = ((time % 1000) + 1000) % 1000;
  const wall = {
    year,
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    millisecond,
  };
  const local = utcTime(wall.year, wall.month, wall.day, wall.hour, wall.minute, wall.second, millisecond);
  return {
    ...wall,
    weekday: new Date(local).getUTCDay(),
    offsetMinutes: Math.round((local - time) / 60000),
  };
}

/** The instant at which the wall clock in `timeZone` shows the given local time (as UTC ms). */
export function fromWallTime(localAsUtc: number, timeZone: string): number {
  if (isUtc(timeZone) || !formatterFor(timeZone)) return localAsUtc;
  // Two passes settle the offset, including across a DST change.
  const firstOffset = wallClock(localAsUtc, timeZone).offsetMinutes * 60000;
  let time = localAsUtc - firstOffset;
  const secondOffset = wallClock(time, timeZone).offsetMinutes * 60000;
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
