import { describe, expect, it } from 'vitest';
import { run } from './helpers.ts';

const D = '"2024-03-05T14:07:09Z"';

describe('SET_TIMEZONE moves the wall clock used by DATETIME_FORMAT and date parts', () => {
  it.each([
    [
      `DATETIME_FORMAT(SET_TIMEZONE(${D}, "America/New_York"), "YYYY-MM-DD HH:mm z Z")`,
      '2024-03-05 09:07 EST -05:00',
    ],
    [`DATETIME_FORMAT(SET_TIMEZONE(NOW(), "America/New_York"), "HH:mm z Z")`, '11:30 EDT -04:00'],
    [`DATETIME_FORMAT(SET_TIMEZONE(${D}, "Asia/Kolkata"), "HH:mm ZZ")`, '19:37 +0530'],
    [
      `DATETIME_FORMAT(SET_TIMEZONE(${D}, "Australia/Sydney"), "YYYY-MM-DD HH:mm Z")`,
      '2024-03-06 01:07 +11:00',
    ],
    [
      `DATETIME_FORMAT(SET_TIMEZONE(${D}, "Pacific/Chatham"), "YYYY-MM-DD HH:mm Z")`,
      '2024-03-06 03:52 +13:45',
    ],
    [`DATETIME_FORMAT(SET_TIMEZONE(${D}, "America/St_Johns"), "HH:mm Z")`, '10:37 -03:30'],
    [`DATETIME_FORMAT(SET_TIMEZONE(${D}, "UTC"), "HH:mm Z")`, '14:07 +00:00'],
    [`DATETIME_FORMAT(SET_TIMEZONE(${D}, "Asia/Kolkata"))`, '2024-03-05T19:37:09+05:30'],
    [`DATETIME_FORMAT(SET_TIMEZONE(${D}, "Asia/Tokyo"), "X")`, '1709647629'],
    [`HOUR(SET_TIMEZONE(${D}, "Asia/Tokyo"))`, 23],
    [`DAY(SET_TIMEZONE("2024-03-05T23:30:00Z", "Asia/Tokyo"))`, 6],
    [`DATESTR(SET_TIMEZONE("2024-03-05T23:30:00Z", "Asia/Tokyo"))`, '2024-03-06'],
    [`WEEKDAY(SET_TIMEZONE("2024-03-16T02:00:00Z", "America/Los_Angeles"))`, 5],
    [`WEEKDAY("2024-03-16T02:00:00Z")`, 6],
    [`YEAR(SET_TIMEZONE("2024-01-01T03:00:00Z", "America/Chicago"))`, 2023],
    [`SET_TIMEZONE(${D}, "Asia/Tokyo") = ${D}`, true],
    [
      `IS_SAME(SET_TIMEZONE("2024-03-15T23:00:00Z", "Asia/Tokyo"), "2024-03-15T10:00:00Z", "day")`,
      false,
    ],
    [`IS_SAME("2024-03-15T23:00:00Z", "2024-03-15T10:00:00Z", "day")`, true],
    [`SET_TIMEZONE(${D}, "Mars/Olympus")`, '#ERROR!'],
    [`SET_TIMEZONE(Missing, "Asia/Tokyo")`, '#ERROR!'],
  ])('%s gives %j', (source, expected) => {
    expect(run(source)).toEqual(expected);
  });
});

describe('daylight saving changes are followed through Intl', () => {
  it.each([
    [
      'DATETIME_FORMAT(SET_TIMEZONE("2024-03-31T00:59:00Z", "Europe/London"), "HH:mm Z")',
      '00:59 +00:00',
    ],
    [
      'DATETIME_FORMAT(SET_TIMEZONE("2024-03-31T01:00:00Z", "Europe/London"), "HH:mm Z")',
      '02:00 +01:00',
    ],
    [
      'DATETIME_FORMAT(SET_TIMEZONE("2024-11-03T05:59:00Z", "America/New_York"), "HH:mm z")',
      '01:59 EDT',
    ],
    [
      'DATETIME_FORMAT(SET_TIMEZONE("2024-11-03T06:00:00Z", "America/New_York"), "HH:mm z")',
      '01:00 EST',
    ],
    [
      'DATEADD(SET_TIMEZONE("2024-03-09T17:00:00Z", "America/New_York"), 1, "days")',
      '2024-03-10T16:00:00.000Z',
    ],
    [
      'DATEADD(SET_TIMEZONE("2024-03-09T17:00:00Z", "America/New_York"), 24, "hours")',
      '2024-03-10T17:00:00.000Z',
    ],
    [
      'DATEADD(SET_TIMEZONE("2024-10-15T12:00:00Z", "Europe/Paris"), 1, "months")',
      '2024-11-15T13:00:00.000Z',
    ],
    [
      'DATETIME_DIFF(SET_TIMEZONE("2024-03-10T16:00:00Z", "America/New_York"), "2024-03-09T17:00:00Z", "days")',
      1,
    ],
    [
      'DATETIME_DIFF(SET_TIMEZONE("2024-03-10T16:00:00Z", "America/New_York"), "2024-03-09T17:00:00Z", "hours")',
      23,
    ],
    ['HOUR(DATEADD(SET_TIMEZONE("2024-03-09T17:00:00Z", "America/New_York"), 1, "days"))', 12],
  ])('%s gives %j', (source, expected) => {
    expect(run(source)).toEqual(expected);
  });
});

describe('the context time zone is the default wall clock', () => {
  it.each([
    ['DATETIME_FORMAT("2024-03-05T14:07:09Z", "HH:mm")', 'Europe/Paris', '15:07'],
    ['DATETIME_FORMAT("2024-03-05T14:07:09Z")', 'Europe/Paris', '2024-03-05T15:07:09+01:00'],
    ['DAY("2024-03-05T23:30:00Z")', 'Asia/Tokyo', 6],
    ['HOUR(SET_TIMEZONE("2024-03-05T23:30:00Z", "UTC"))', 'Asia/Tokyo', 23],
    ['TODAY()', 'America/Los_Angeles', '2024-03-15T07:00:00.000Z'],
    ['TODAY()', 'Pacific/Auckland', '2024-03-15T11:00:00.000Z'],
    ['DATESTR(NOW())', 'Pacific/Auckland', '2024-03-16'],
    ['WEEKDAY(NOW())', 'Pacific/Auckland', 6],
    ['DATETIME_PARSE("2024-03-05 10:00")', 'Asia/Tokyo', '2024-03-05T10:00:00.000Z'],
    ['DATEADD("2024-03-09T17:00:00Z", 1, "days")', 'America/New_York', '2024-03-10T16:00:00.000Z'],
    ['IS_SAME(NOW(), "2024-03-16T01:00:00Z", "day")', 'Pacific/Auckland', true],
    ['IS_SAME(NOW(), "2024-03-16T01:00:00Z", "day")', 'UTC', false],
  ])('%s in %s gives %j', (source, timeZone, expected) => {
    expect(run(source, {}, { timeZone })).toEqual(expected);
  });
});
