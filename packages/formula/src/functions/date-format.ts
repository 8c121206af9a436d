import { toText } from '../coerce.ts';
import { formatDate } from '../dates/format.ts';
import { localeNames } from '../dates/locale-names.ts';
import { parseDateLenient } from '../dates/parse-lenient.ts';
import { parseDateWithFormat } from '../dates/parse-format.ts';
import { isValidTimeZone } from '../dates/zone.ts';
import { ZonedDate } from '../dates/zoned-date.ts';
import type { FunctionSpec } from '../runtime.ts';
import { errorValue, isErrorValue } from '../values.ts';
import { requireDate, zoneOf } from './date-args.ts';

// Moment's default output: a Z suffix in UTC, a numeric offset elsewhere.
const DEFAULT_UTC_FORMAT = 'YYYY-MM-DDTHH:mm:ss[Z]';
const DEFAULT_ZONED_FORMAT = 'YYYY-MM-DDTHH:mm:ssZ';

/** DATETIME_FORMAT, DATETIME_PARSE, DATESTR, TIMESTR, SET_TIMEZONE, SET_LOCALE. */
export const dateFormatFunctions: FunctionSpec[] = [
  {
    name: 'DATETIME_FORMAT',
    minArgs: 1,
    maxArgs: 2,
    params: ['date', 'any'],
    call: ([value, format], ctx) => {
      const date = requireDate(value!);
      if (isErrorValue(date)) return date;
      const zone = zoneOf(date, ctx);
      const isUtc = zone === 'UTC' || zone === 'Etc/UTC' || zone === 'GMT';
      const pattern =
        format === undefined || format === null
          ? isUtc
            ? DEFAULT_UTC_FORMAT
            : DEFAULT_ZONED_FORMAT
          : toText(format);
      const locale = date instanceof ZonedDate && date.locale ? date.locale : 'en';
      const names = localeNames(locale);
      if (!names) return errorValue(`Unknown locale "${locale}"`);
      return formatDate(date.getTime(), pattern, zone, names);
    },
  },
  {
    // Text without an offset is read as UTC; the locale argument is accepted, English is used.
    name: 'DATETIME_PARSE',
    minArgs: 1,
    maxArgs: 3,
    call: ([value, format]) => {
      if (value instanceof Date) return value;
      const text = toText(value!);
      const hasFormat = format !== undefined && format !== null && toText(format) !== '';
      const time = hasFormat ? parseDateWithFormat(text, toText(format)) : parseDateLenient(text);
      return Number.isNaN(time)
        ? errorValue(`DATETIME_PARSE cannot read "${text}"`)
        : new Date(time);
    },
  },
  {
    name: 'DATESTR',
    minArgs: 1,
    maxArgs: 1,
    params: ['date'],
    call: ([value], ctx) => {
      const date = requireDate(value!);
      return isErrorValue(date)
        ? date
        : formatDate(date.getTime(), 'YYYY-MM-DD', zoneOf(date, ctx));
    },
  },
  {
    name: 'TIMESTR',
    minArgs: 1,
    maxArgs: 1,
    params: ['date'],
    call: ([value], ctx) => {
      const date = requireDate(value!);
      return isErrorValue(date) ? date : formatDate(date.getTime(), 'HH:mm:ss', zoneOf(date, ctx));
    },
  },
  {
    name: 'SET_TIMEZONE',
    minArgs: 2,
    maxArgs: 2,
    params: ['date', 'any'],
    call: ([value, zoneText]) => {
      const date = requireDate(value!);
      if (isErrorValue(date)) return date;
      const zone = toText(zoneText!).trim();
      if (!isValidTimeZone(zone)) return errorValue(`Unknown time zone "${zone}"`);
      return new ZonedDate(
        date.getTime(),
        zone,
        date instanceof ZonedDate ? date.locale : undefined,
      );
    },
  },
  {
    // A locale modifier such as "fr", "en-gb" or "zh-tw", used by DATETIME_FORMAT's words.
    name: 'SET_LOCALE',
    minArgs: 2,
    maxArgs: 2,
    params: ['date', 'any'],
    call: ([value, localeText]) => {
      const date = requireDate(value!);
      if (isErrorValue(date)) return date;
      const locale = toText(localeText!).trim();
      if (!localeNames(locale)) return errorValue(`Unknown locale "${locale}"`);
      const zone = date instanceof ZonedDate ? date.timeZone : undefined;
      return new ZonedDate(date.getTime(), zone, locale);
    },
  },
];
