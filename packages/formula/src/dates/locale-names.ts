import { MONTH_NAMES, ordinal, WEEKDAY_NAMES } from './calendar.ts';

/** The words and patterns DATETIME_FORMAT needs for one locale. */
export interface LocaleNames {
  locale: string;
  months: readonly string[];
  monthsShort: readonly string[];
  weekdays: readonly string[];
  weekdaysShort: readonly string[];
  weekdaysMin: readonly string[];
  meridiem(hour: number, lowercase: boolean): string;
  ordinal(n: number): string;
}

const ENGLISH: LocaleNames = {
  locale: 'en',
  months: MONTH_NAMES,
  monthsShort: MONTH_NAMES.map((m) => m.slice(0, 3)),
  weekdays: WEEKDAY_NAMES,
  weekdaysShort: WEEKDAY_NAMES.map((d) => d.slice(0, 3)),
  weekdaysMin: WEEKDAY_NAMES.map((d) => d.slice(0, 2)),
  meridiem: (hour, lowercase) =>
    (hour < 12 ? 'AM' : 'PM')[lowercase ? 'toLowerCase' : 'toString'](),
  ordinal,
};

// Moment's ordinal styles for the locales Airtable lists; others write the bare number.
const DOT_ORDINAL = new Set(
  'de da nb nn no fi pl cs sk sl hr sr hu et lv lt is tr bs fo'.split(' '),
);
const MASCULINE_ORDINAL = new Set(['es', 'it', 'pt', 'gl', 'eu']);

function ordinalFor(language: string): (n: number) => string {
  if (DOT_ORDINAL.has(language)) return (n) => `${n}.`;
  if (MASCULINE_ORDINAL.has(language)) return (n) => `${n}º`;
  if (language === 'fr') return (n) => (n === 1 ? '1er' : String(n));
  if (language === 'ja' || language === 'zh') return (n) => `${n}日`;
  if (language === 'ko') return (n) => `${n}일`;
  return (n) => String(n);
}

const cache = new Map<string, LocaleNames | null>();

/**
 * Names for a locale modifier such as `fr`, `en-gb` or `zh-tw`, read from Intl; `en` is
 * Moment's English. Null when the modifier is not a language tag.
 */
export function localeNames(modifier: string): LocaleNames | null {
  const key = modifier.trim().toLowerCase();
  if (key === '' || key === 'en' || key === 'en-us') return ENGLISH;
  let names = cache.get(key);
  if (names === undefined) {
    names = buildNames(key);
    if (cache.size < 200) cache.set(key, names);
  }
  return names;
}

function buildNames(key: string): LocaleNames | null {
  let locale: string;
  try {
    locale = Intl.getCanonicalLocales(key)[0] ?? 'en';
  } catch {
    return null;
  }
  const part = (options: Intl.DateTimeFormatOptions, type: Intl.DateTimeFormatPartTypes) => {
    const formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    return (time: number) =>
      formatter.formatToParts(new Date(time)).find((p) => p.type === type)?.value ?? '';
  };
  // Months as they read inside a date ("5 mars", "5 марта"), as Moment's MMMM does after D;
  // where that is a bare number (Japanese, Chinese), the standalone name ("3月").
  const inDate = (width: 'long' | 'short') => {
    const withDay = part({ day: 'numeric', month: width }, 'month');
    const alone = new Intl.DateTimeFormat(locale, { month: width, timeZone: 'UTC' });
    return (time: number) => {
      const name = withDay(time);
      return /^\d+$/.test(name) ? alone.format(new Date(time)) : name;
    };
  };
  const month = inDate('long');
  const monthShort = inDate('short');
  const weekday = part({ weekday: 'long' }, 'weekday');
  const weekdayShort = part({ weekday: 'short' }, 'weekday');
  const dayPeriod = part({ hour: 'numeric', hour12: true }, 'dayPeriod');
  const monthTime = (m: number) => Date.UTC(2024, m, 15);
  // 2024-03-03 was a Sunday.
  const dayTime = (d: number) => Date.UTC(2024, 2, 3 + d, 12);
  const weekdaysShort = WEEKDAY_NAMES.map((_, d) => weekdayShort(dayTime(d)));
  const language = locale.split('-')[0] ?? '';
  // English variants (en-gb, en-au…) keep Moment's English meridiems and ordinals.
  const english = language === 'en';
  const am = (!english && dayPeriod(Date.UTC(2024, 0, 1, 9))) || 'AM';
  const pm = (!english && dayPeriod(Date.UTC(2024, 0, 1, 15))) || 'PM';
  return {
    locale,
    months: MONTH_NAMES.map((_, m) => month(monthTime(m))),
    monthsShort: MONTH_NAMES.map((_, m) => monthShort(monthTime(m))),
    weekdays: WEEKDAY_NAMES.map((_, d) => weekday(dayTime(d))),
    weekdaysShort,
    weekdaysMin: weekdaysShort.map((d) => d.replace(/\.$/, '').slice(0, 2)),
    meridiem: (hour, lowercase) => {
      const word = hour < 12 ? am : pm;
      return lowercase ? word.toLocaleLowerCase(locale) : word;
    },
    ordinal: english ? ordinal : ordinalFor(language),
  };
}
