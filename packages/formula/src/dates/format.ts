import { dayOfYear, isoWeek, localeWeek, pad } from './calendar.ts';
import { localeNames, type LocaleNames } from './locale-names.ts';
import { wallClock, type WallClock } from './zone.ts';

interface Facts {
  time: number;
  timeZone: string;
  clock: WallClock;
  names: LocaleNames;
}
type Piece = string | ((facts: Facts) => string);

const ENGLISH = localeNames('en') as LocaleNames;

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
  Qo: ({ clock, names }) => names.ordinal(Math.ceil(clock.month / 3)),
  M: ({ clock }) => String(clock.month),
  Mo: ({ clock, names }) => names.ordinal(clock.month),
  MM: ({ clock }) => pad(clock.month, 2),
  MMM: ({ clock, names }) => names.monthsShort[clock.month - 1] as string,
  MMMM: ({ clock, names }) => names.months[clock.month - 1] as string,
  D: ({ clock }) => String(clock.day),
  Do: ({ clock, names }) => names.ordinal(clock.day),
  DD: ({ clock }) => pad(clock.day, 2),
  DDD: ({ clock }) => String(dayOfYear(clock)),
  DDDo: ({ clock, names }) => names.ordinal(dayOfYear(clock)),
  DDDD: ({ clock }) => pad(dayOfYear(clock), 3),
  d: ({ clock }) => String(clock.weekday),
  do: ({ clock, names }) => names.ordinal(clock.weekday),
  dd: ({ clock, names }) => names.weekdaysMin[clock.weekday] as string,
  ddd: ({ clock, names }) => names.weekdaysShort[clock.weekday] as string,
  dddd: ({ clock, names }) => names.weekdays[clock.weekday] as string,
  e: ({ clock }) => String(clock.weekday),
  E: ({ clock }) => String(clock.weekday || 7),
  w: ({ clock }) => String(localeWeek(clock).week),
  wo: ({ clock, names }) => names.ordinal(localeWeek(clock).week),
  ww: ({ clock }) => pad(localeWeek(clock).week, 2),
  W: ({ clock }) => String(isoWeek(clock).week),
  Wo: ({ clock, names }) => names.ordinal(isoWeek(clock).week),
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
  A: ({ clock, names }) => names.meridiem(clock.hour, false),
  a: ({ clock, names }) => names.meridiem(clock.hour, true),
  X: ({ time }) => String(Math.floor(time / 1000)),
  x: ({ time }) => String(time),
  Z: ({ clock }) => offset(clock, ':'),
  ZZ: ({ clock }) => offset(clock, ''),
  z: ({ time, timeZone }) => zoneAbbreviation(time, timeZone),
  zz: ({ time, timeZone }) => zoneAbbreviation(time, timeZone),
};

const compiled = new Map<string, Piece[]>();

/**
 * Formats an instant with Moment.js-style tokens on the wall clock of `timeZone`; month and
 * day names, meridiems, ordinals and long formats (L, LL, LT…) follow `names`.
 */
export function formatDate(
  time: number,
  format: string,
  timeZone: string,
  names: LocaleNames = ENGLISH,
): string {
  const key = names === ENGLISH ? format : `${names.locale}\u0000${format}`;
  let pieces = compiled.get(key);
  if (!pieces) {
    pieces = names === ENGLISH ? compileFormat(format) : compileLocalized(format, names.locale);
    if (compiled.size >= 500) compiled.clear();
    compiled.set(key, pieces);
  }
  const facts: Facts = { time, timeZone, clock: wallClock(time, timeZone), names };
  let out = '';
  for (const piece of pieces) out += typeof piece === 'string' ? piece : piece(facts);
  return out;
}

function compileFormat(format: string): Piece[] {
  const expanded = format.replace(LONG_FORMAT_PATTERN, (match) => LONG_FORMATS[match] ?? match);
  return compileTokens(expanded);
}

function compileTokens(expanded: string): Piece[] {
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

// Outside English, long formats are the locale's own, as Intl writes them.
const TIME: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };
const LONG_DATE: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric' };
const SHORT_DATE: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', day: 'numeric' };
const LOCALIZED_FORMATS: Record<string, Intl.DateTimeFormatOptions> = {
  LT: TIME,
  LTS: { ...TIME, second: '2-digit' },
  L: { year: 'numeric', month: '2-digit', day: '2-digit' },
  LL: LONG_DATE,
  LLL: { ...LONG_DATE, ...TIME },
  LLLL: { weekday: 'long', ...LONG_DATE, ...TIME },
  l: { year: 'numeric', month: 'numeric', day: 'numeric' },
  ll: SHORT_DATE,
  lll: { ...SHORT_DATE, ...TIME },
  llll: { weekday: 'short', ...SHORT_DATE, ...TIME },
};

function compileLocalized(format: string, locale: string): Piece[] {
  const pieces: Piece[] = [];
  let last = 0;
  for (const match of format.matchAll(LONG_FORMAT_PATTERN)) {
    const options = LOCALIZED_FORMATS[match[0]];
    if (!options) continue; // an escaped [...] run: compileTokens keeps it
    pieces.push(...compileTokens(format.slice(last, match.index)));
    pieces.push(({ time, timeZone }) =>
      intlFormatter(locale, match[0], options, timeZone).format(time),
    );
    last = match.index + match[0].length;
  }
  pieces.push(...compileTokens(format.slice(last)));
  return pieces;
}

const intlFormatters = new Map<string, Intl.DateTimeFormat>();

function intlFormatter(
  locale: string,
  token: string,
  options: Intl.DateTimeFormatOptions,
  timeZone: string,
): Intl.DateTimeFormat {
  const key = `${locale}\u0000${token}\u0000${timeZone}`;
  let formatter = intlFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    if (intlFormatters.size >= 500) intlFormatters.clear();
    intlFormatters.set(key, formatter);
  }
  return formatter;
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
