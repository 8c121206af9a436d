import {
  expandYear,
  fieldsToTime,
  monthFromName,
  parseOffset,
  type DateFields,
} from './parse-lenient.ts';

type Fields = DateFields & { meridiem?: string; unixMs?: number };
type Setter = (fields: Fields, text: string) => void;
interface ParseToken {
  pattern: string;
  set: Setter;
}

const number =
  (key: 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second'): Setter =>
  (f, t) => {
    f[key] = Number(t);
  };
const twoDigits = '(\\d{1,2})';
const ignore: Setter = () => {};

const PARSE_TOKENS: Record<string, ParseToken> = {
  YYYY: { pattern: '(\\d{4})', set: number('year') },
  YY: { pattern: '(\\d{2})', set: (f, t) => (f.year = expandYear(t)) },
  Y: { pattern: '([+-]?\\d{1,6})', set: number('year') },
  M: { pattern: twoDigits, set: number('month') },
  MM: { pattern: twoDigits, set: number('month') },
  MMM: { pattern: '([A-Za-z]{3,})\\.?', set: (f, t) => (f.month = monthFromName(t)) },
  MMMM: { pattern: '([A-Za-z]{3,})', set: (f, t) => (f.month = monthFromName(t)) },
  D: { pattern: twoDigits, set: number('day') },
  DD: { pattern: twoDigits, set: number('day') },
  Do: { pattern: '(\\d{1,2})(?:st|nd|rd|th)', set: number('day') },
  H: { pattern: twoDigits, set: number('hour') },
  HH: { pattern: twoDigits, set: number('hour') },
  h: { pattern: twoDigits, set: number('hour') },
  hh: { pattern: twoDigits, set: number('hour') },
  k: { pattern: twoDigits, set: (f, t) => (f.hour = Number(t) % 24) },
  kk: { pattern: twoDigits, set: (f, t) => (f.hour = Number(t) % 24) },
  m: { pattern: twoDigits, set: number('minute') },
  mm: { pattern: twoDigits, set: number('minute') },
  s: { pattern: twoDigits, set: number('second') },
  ss: { pattern: twoDigits, set: number('second') },
  A: { pattern: '([AaPp]\\.?[Mm]\\.?)', set: (f, t) => (f.meridiem = t.toLowerCase()) },
  a: { pattern: '([AaPp]\\.?[Mm]\\.?)', set: (f, t) => (f.meridiem = t.toLowerCase()) },
  X: { pattern: '(-?\\d+(?:\\.\\d+)?)', set: (f, t) => (f.unixMs = Number(t) * 1000) },
  x: { pattern: '(-?\\d+)', set: (f, t) => (f.unixMs = Number(t)) },
  Z: { pattern: '(Z|[+-]\\d{2}:?\\d{2})', set: (f, t) => (f.offsetMinutes = parseOffset(t)) },
  ZZ: { pattern: '(Z|[+-]\\d{2}:?\\d{2})', set: (f, t) => (f.offsetMinutes = parseOffset(t)) },
  dddd: { pattern: '([A-Za-z]+)', set: ignore },
  ddd: { pattern: '([A-Za-z]+)', set: ignore },
  dd: { pattern: '([A-Za-z]+)', set: ignore },
};

const FORMAT_TOKEN =
  /\[([^\]]*)\]|YYYY|YY|Y|MMMM|MMM|MM|M|Do|DD|D|dddd|ddd|dd|HH|H|hh|h|kk|k|mm|m|ss|s|S{1,9}|A|a|X|x|ZZ|Z/g;

interface CompiledParser {
  regex: RegExp;
  setters: Setter[];
}
const compiled = new Map<string, CompiledParser>();

function compileParser(format: string): CompiledParser {
  let source = '^\\s*';
  const setters: Setter[] = [];
  let last = 0;
  const literal = (text: string) => {
    // Moment's forgiving mode: any run of separators in the format matches any run in the input.
    for (const ch of text) {
      source += /[A-Za-z0-9]/.test(ch) ? escapeRegex(ch) : '[^A-Za-z0-9]*';
    }
  };
  for (const match of format.matchAll(FORMAT_TOKEN)) {
    literal(format.slice(last, match.index));
    last = match.index + match[0].length;
    if (match[1] !== undefined) {
      literal(match[1]);
      continue;
    }
    const token = match[0];
    if (token.startsWith('S')) {
      source += '(\\d{1,9})';
      setters.push((f, t) => (f.millisecond = Number(t.padEnd(3, '0').slice(0, 3))));
      continue;
    }
    const spec = PARSE_TOKENS[token] as ParseToken;
    source += spec.pattern;
    setters.push(spec.set);
  }
  literal(format.slice(last));
  return { regex: new RegExp(source, 'i'), setters };
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Parses text with a Moment.js-style input format; NaN when the text does not fit. */
export function parseDateWithFormat(text: string, format: string, timeZone = 'UTC'): number {
  let parser = compiled.get(format);
  if (!parser) {
    parser = compileParser(format);
    if (compiled.size < 500) compiled.set(format, parser);
  }
  const match = parser.regex.exec(text);
  if (!match) return NaN;
  const fields: Fields = {
    year: 1970,
    month: 1,
    day: 1,
    hour: 0,
    minute: 0,
    second: 0,
    millisecond: 0,
  };
  parser.setters.forEach((set, i) => set(fields, match[i + 1] as string));
  if (fields.unixMs !== undefined) return fields.unixMs;
  if (fields.meridiem?.startsWith('p') && fields.hour < 12) fields.hour += 12;
  if (fields.meridiem?.startsWith('a') && fields.hour === 12) fields.hour = 0;
  return fieldsToTime(fields, timeZone);
}
