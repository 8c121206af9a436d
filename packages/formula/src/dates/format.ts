import {
  dayOfYear,
  isoWeek,
  localeWeek,
  MONTH_NAMES,
  ordinal,
  pad,
  WEEKDAY_NAMES,
} from './calendar.ts';
import { wallClock, type WallClock } from './zone.ts';

interface Facts {
  time: number;
  timeZone: string;
  clock: WallClock;
}
type Piece = string | ((facts: Facts) => string);

// Moment's English long-date formats, expanded before the other tokens.
const LONG_FORMATS: Record<string, string> = {
  LT: 'h:mm A',
  LTS: 'h:mm:ss A',
  L: 'MM/DD/YYYY',
  LL: 'MMMM D, YYYY',
  LLL: 'MMMM D, YYYY h:mm A',
  LLLL: 'dddd, MMMM D, YYYY h:mm A',
  l: 'M/D/YYYY',
  ll: 'MMM D, YYYY',
  lll: 'MMM D, YYYY h:mm A',
  llll: 'ddd, MMM D, YYYY h:mm A',
};
const LONG_FORMAT_PATTERN = /\[[^\]]*\]|LTS|LT|LLLL|LLL|LL|L|llll|lll|ll|l/g;
const TOKEN_PATTERN =
  /\[([^\]]*)\]|YYYYYY|YYYY|YY|Y|Qo|Q|MMMM|MMM|MM|Mo|M|DDDD|DDDo|DDD|Do|DD|D|dddd|ddd|do|dd|d|E|e|GGGG|GG|gggg|gg|Wo|WW|W|wo|ww|w|HH|H|hh|h|kk|k|mm|m|ss|s|S{1,9}|A|a|X|x|ZZ|Z|zz|z/g;

const hour12 = (c: WallClock) => c.hour % 12 || 12;
const offset = (c: WallClock, separator: string) => {
  const sign = c.offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(c.offsetMinutes);
  return `${sign}${pad(Math.floor(abs / 60), 2)}${separator}${pad(abs % 60, 2)}`;
};

const TOKENS: Record<string, (f: Facts) => string> = {
  YYYYYY: ({ clock }) => (clock.year < 0 ? '-' : '+') + pad(Math.abs(clock.year), 6),
  YYYY: ({ clock }) => pad(clock.year, 4),
  YY: ({ clock }) => pad(Math.abs(clock.year) % 100, 2),
  Y: ({ clock }) => String(clock.year),
  Q: ({ clock }) => String(Math.ceil(clock.month / 3)),
  Qo: ({ clock }) => ordinal(Math.ceil(clock.month / 3)),
  M: ({ clock }) => String(clock.month),
  Mo: ({ clock }) => ordinal(clock.month),
  MM: ({ clock }) => pad(clock.month, 2),
  MMM: ({ clock }) => (MONTH_NAMES[clock.month - 1] as string).slice(0, 3),
  MMMM: ({ clock }) => MONTH_NAMES[clock.month - 1] as string,
  D: ({ clock }) => String(clock.day),
  Do: ({ clock }) => ordinal(clock.day),
  DD: ({ clock }) => pad(clock.day, 2),
  DDD: ({ clock }) => String(dayOfYear(clock)),
  DDDo: ({ clock }) => ordinal(dayOfYear(clock)),
  DDDD: ({ clock }) => pad(dayOfYear(clock), 3),
  d: ({ clock }) => String(clock.weekday),
  do: ({ clock }) => ordinal(clock.weekday),
  dd: ({ clock }) => (WEEKDAY_NAMES[clock.weekday] as string).slice(0, 2),
  ddd: ({ clock }) => (WEEKDAY_NAMES[clock.weekday] as string).slice(0, 3),
  dddd: ({ clock }) => WEEKDAY_NAMES[clock.weekday] as string,
  e: ({ clock }) => String(clock.weekday),
  E: ({ clock }) => String(clock.weekday || 7),
  w: ({ clock }) => String(localeWeek(clock).week),
  wo: ({ clock }) => ordinal(localeWeek(clock).week),
  ww: ({ clock }) => pad(localeWeek(clock).week, 2),
  W: ({ clock }) => String(isoWeek(clock).week),
  Wo: ({ clock }) => ordinal(isoWeek(clock).week),
  WW: ({ clock }) => pad(isoWeek(clock).week, 2),
  gg: ({ clock }) => pad(localeWeek(clock).year % 100, 2),
  gggg: ({ clock }) => pad(localeWeek(clock).year, 4),
  GG: ({ clock }) => pad(isoWeek(clock).year % 100, 2),
  GGGG: ({ clock }) => pad(isoWeek(clock).year, 4),
  H: ({ clock }) => String(clock.hour),
  HH: ({ clock }) => pad(clock.hour, 2),
  h: ({ clock }) => String(hour12(clock)),
  hh: ({ clock }) => pad(hour12(clock), 2),
  k: ({ clock }) => String(clock.hour || 24),
  kk: ({ clock }) => pad(clock.hour || 24, 2),
  m: ({ clock }) => String(clock.minute),
  mm: ({ clock }) => pad(clock.minute, 2),
  s: ({ clock }) => String(clock.second),
  ss: ({ clock }) => pad(clock.second, 2),
  A: ({ clock }) => (clock.hour < 12 ? 'AM' : 'PM'),
  a: ({ clock }) => (clock.hour < 12 ? 'am' : 'pm'),
  X: ({ time }) => String(Math.floor(time / 1000)),
  x: ({ time }) => String(time),
  Z: ({ clock }) => offset(clock, ':'),
  ZZ: ({ clock }) => offset(clock, ''),
  z: ({ time, timeZone }) => zoneAbbreviation(time, timeZone),
  zz: ({ time, timeZone }) => zoneAbbreviation(time, timeZone),
};

const compiled = new Map<string, Piece[]>();

/** Formats an instant with Moment.js-style tokens on the wall clock of `timeZone`. */
export function formatDate(time: number, format: string, timeZone: string): string {
  let pieces = compiled.get(format);
  if (!pieces) {
    pieces = compileFormat(format);
    if (compiled.size < 500) compiled.set(format, pieces);
  }
  const facts: Facts = { time, timeZone, clock: wallClock(time, timeZone) };
  let out = '';
  for (const piece of pieces) out += typeof piece === 'string' ? piece : piece(facts);
  return out;
}

function compileFormat(format: string): Piece[] {
  const expanded = format.replace(LONG_FORMAT_PATTERN, (match) => LONG_FORMATS[match] ?? match);
  const pieces: Piece[] = [];
  let last = 0;
  for (const match of expanded.matchAll(TOKEN_PATTERN)) {
    const index = match.index;
    if (index > last) pieces.push(expanded.slice(last, index));
    const token = match[0];
    if (match[1] !== undefined) pieces.push(match[1]);
    else if (token.startsWith('S')) pieces.push(fraction(token.length));
    else pieces.push(TOKENS[token] as (f: Facts) => string);
    last = index + token.length;
  }
  if (last < expanded.length) pieces.push(expanded.slice(last));
  return pieces;
}

function fraction(digits: number): (f: Facts) => string {
  return ({ clock }) => pad(clock.millisecond, 3).padEnd(digits, '0').slice(0, digits);
}

const abbreviations = new Map<string, Intl.DateTimeFormat>();

function zoneAbbreviation(time: number, timeZone: string): string {
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return 'UTC';
  let formatter = abbreviations.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'short' });
    abbreviations.set(timeZone, formatter);
  }
  const part = formatter.formatToParts(new Date(time)).find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}
