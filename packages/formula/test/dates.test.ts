import { describe, expect, it } from 'vitest';
import { run } from './helpers.ts';

// NOW is Friday 2024-03-15T15:30:45.123Z; the zone is UTC unless a test says otherwise.

describe('TODAY and NOW read the clock given in the context', () => {
  it.each([
    ['NOW()', '2024-03-15T15:30:45.123Z'],
    ['TODAY()', '2024-03-15T00:00:00.000Z'],
    ['IS_AFTER(NOW(), TODAY())', true],
    ['DATETIME_DIFF(NOW(), TODAY(), "hours")', 15],
  ])('%s gives %j', (source, expected) => {
    expect(run(source)).toEqual(expected);
  });
});

describe('DATEADD adds calendar and clock units', () => {
  it.each([
    ['DATEADD("2024-03-15", 10, "days")', '2024-03-25T00:00:00.000Z'],
    ['DATEADD("2024-03-15", -15, "days")', '2024-02-29T00:00:00.000Z'],
    ['DATEADD("2024-03-15", 1, "day")', '2024-03-16T00:00:00.000Z'],
    ['DATEADD("2024-03-15", 1, "d")', '2024-03-16T00:00:00.000Z'],
    ['DATEADD("2024-03-15", 2, "weeks")', '2024-03-29T00:00:00.000Z'],
    ['DATEADD("2024-01-31", 1, "months")', '2024-02-29T00:00:00.000Z'],
    ['DATEADD("2024-01-31", 1, "M")', '2024-02-29T00:00:00.000Z'],
    ['DATEADD("2024-03-31", -1, "months")', '2024-02-29T00:00:00.000Z'],
    ['DATEADD("2024-03-15", 1, "quarters")', '2024-06-15T00:00:00.000Z'],
    ['DATEADD("2024-02-29", 1, "years")', '2025-02-28T00:00:00.000Z'],
    ['DATEADD("2024-03-15", -2, "y")', '2022-03-15T00:00:00.000Z'],
    ['DATEADD("2024-03-15T10:00:00Z", 90, "minutes")', '2024-03-15T11:30:00.000Z'],
    ['DATEADD("2024-03-15T10:00:00Z", 3, "h")', '2024-03-15T13:00:00.000Z'],
    ['DATEADD("2024-03-15T10:00:00Z", 1.5, "hours")', '2024-03-15T11:30:00.000Z'],
    ['DATEADD("2024-03-15", 1.5, "days")', '2024-03-17T00:00:00.000Z'],
    ['DATEADD("2024-03-15T00:00:00Z", 30, "seconds")', '2024-03-15T00:00:30.000Z'],
    ['DATEADD("2024-03-15T00:00:00Z", 500, "ms")', '2024-03-15T00:00:00.500Z'],
    ['DATEADD(NOW(), 1, "days")', '2024-03-16T15:30:45.123Z'],
    ['DATEADD("2024-03-15", "3", "days")', '2024-03-18T00:00:00.000Z'],
    ['DATEADD("2024-03-15", 1, "fortnight")', '#ERROR!'],
    ['DATEADD(Missing, 1, "days")', '#ERROR!'],
    ['DATEADD("not a date", 1, "days")', '#ERROR!'],
  ])('%s gives %j', (source, expected) => {
    expect(run(source)).toEqual(expected);
  });
});

describe('DATETIME_DIFF counts whole units, truncated toward zero', () => {
  it.each([
    ['DATETIME_DIFF("2024-03-15", "2024-03-01", "days")', 14],
    ['DATETIME_DIFF("2024-03-01", "2024-03-15", "days")', -14],
    ['DATETIME_DIFF("2024-03-15", "2024-03-01", "d")', 14],
    ['DATETIME_DIFF("2024-03-15", "2024-03-01", "Days")', 14],
    ['DATETIME_DIFF("2024-03-15", "2024-03-01")', 1209600],
    ['DATETIME_DIFF("2024-03-15", "2024-03-01", "bogus")', 1209600000],
    ['DATETIME_DIFF("2024-03-15T12:00:00Z", "2024-03-15T10:30:00Z", "hours")', 1],
    ['DATETIME_DIFF("2024-03-15T12:00:00Z", "2024-03-15T10:30:00Z", "h")', 1],
    ['DATETIME_DIFF("2024-03-15T12:00:00Z", "2024-03-15T10:30:00Z", "minutes")', 90],
    ['DATETIME_DIFF("2024-03-15T12:00:00Z", "2024-03-15T10:30:00Z", "m")', 90],
    ['DATETIME_DIFF("2024-03-15T12:00:00Z", "2024-03-15T10:30:00Z", "M")', 0],
    ['DATETIME_DIFF("2024-03-15T00:00:01Z", "2024-03-15T00:00:00Z", "milliseconds")', 1000],
    ['DATETIME_DIFF("2024-03-15T00:00:01Z", "2024-03-15T00:00:00Z", "ms")', 1000],
    ['DATETIME_DIFF("2024-03-15T00:00:01.500Z", "2024-03-15T00:00:00Z", "seconds")', 1],
    ['DATETIME_DIFF("2024-03-15T00:00:01.500Z", "2024-03-15T00:00:00Z", "s")', 1],
    ['DATETIME_DIFF("2024-03-29", "2024-03-15", "weeks")', 2],
    ['DATETIME_DIFF("2024-03-28", "2024-03-15", "w")', 1],
    ['DATETIME_DIFF("2024-03-15", "2024-01-15", "months")', 2],
    ['DATETIME_DIFF("2024-03-14", "2024-01-15", "months")', 1],
    ['DATETIME_DIFF("2024-01-15", "2024-03-14", "months")', -1],
    ['DATETIME_DIFF("2024-02-29", "2024-01-31", "months")', 1],
    ['DATETIME_DIFF("2024-12-31", "2024-01-01", "quarters")', 3],
    ['DATETIME_DIFF("2024-12-31", "2024-01-01", "Q")', 3],
    ['DATETIME_DIFF("2025-03-15", "2024-03-15", "years")', 1],
    ['DATETIME_DIFF("2025-03-14", "2024-03-15", "y")', 0],
    ['DATETIME_DIFF("2020-01-01", "2024-03-15", "years")', -4],
    ['DATETIME_DIFF(NOW(), "2024-03-14", "days")', 1],
    ['DATETIME_DIFF(TODAY(), "2024-01-01", "days")', 74],
    ['DATETIME_DIFF(Missing, NOW(), "days")', '#ERROR!'],
    ['ISERROR(DATETIME_DIFF(Missing, NOW()))', true],
  ])('%s gives %j', (source, expected) => {
    expect(run(source)).toEqual(expected);
  });
});

describe('IS_BEFORE, IS_AFTER and IS_SAME compare instants or calendar units', () => {
  it.each([
    ['IS_BEFORE("2024-01-01", "2024-01-02")', true],
    ['IS_BEFORE("2024-01-02", "2024-01-01")', false],
    ['IS_BEFORE("2024-01-01", "2024-01-01")', false],
    ['IS_AFTER("2024-01-02", "2024-01-01")', true],
    ['IS_AFTER("2024-01-01", "2024-01-01")', false],
    ['IS_AFTER("1/2/2024", "2024-01-01T23:59:59Z")', true],
    ['IS_SAME("2024-03-15", "2024-03-15")', true],
    ['IS_SAME("2024-03-15T10:00:00Z", "2024-03-15T18:00:00Z")', false],
    ['IS_SAME("2024-03-15T10:00:00Z", "2024-03-15T18:00:00Z", "day")', true],
    ['IS_SAME("2024-03-15T10:00:00Z", "2024-03-15T18:00:00Z", "hour")', false],
    ['IS_SAME("2024-03-15T10:05:00Z", "2024-03-15T10:55:00Z", "hours")', true],
    ['IS_SAME("2024-03-15", "2024-03-01", "month")', true],
    ['IS_SAME("2024-03-15", "2024-04-01", "month")', false],
    ['IS_SAME("2024-03-15", "2024-12-31", "year")', true],
    ['IS_SAME("2024-03-15", "2024-01-01", "quarter")', true],
    ['IS_SAME("2024-04-01", "2024-03-31", "quarter")', false],
    ['IS_SAME("2024-03-10", "2024-03-16", "week")', true],
    ['IS_SAME("2024-03-09", "2024-03-10", "week")', false],
    ['IS_SAME("2024-03-15T10:05:30Z", "2024-03-15T10:05:59Z", "minute")', true],
    ['IS_BEFORE(Missing, NOW())', '#ERROR!'],
    ['IS_AFTER("soon", NOW())', '#ERROR!'],
  ])('%s gives %j', (source, expected) => {
    expect(run(source)).toEqual(expected);
  });
});

describe('date parts, WEEKDAY and WORKDAY', () => {
  it.each([
    ['YEAR("2024-03-15")', 2024],
    ['MONTH("2024-03-15")', 3],
    ['DAY("2024-03-15")', 15],
    ['HOUR("2024-03-15T15:30:45Z")', 15],
    ['MINUTE("2024-03-15T15:30:45Z")', 30],
    ['SECOND("2024-03-15T15:30:45Z")', 45],
    ['YEAR(NOW())', 2024],
    ['HOUR(TODAY())', 0],
    ['MONTH("December 25, 2023")', 12],
    ['YEAR(Missing)', '#ERROR!'],
    ['WEEKDAY("2024-03-15")', 5],
    ['WEEKDAY("2024-03-17")', 0],
    ['WEEKDAY("2024-03-17", "Monday")', 6],
    ['WEEKDAY("2024-03-18", "Monday")', 0],
    ['WEEKDAY("2024-03-18", "sunday")', 1],
    ['WEEKDAY("2024-03-18", "Tuesday")', '#ERROR!'],
    ['WORKDAY("2024-03-15", 1)', '2024-03-18T00:00:00.000Z'],
    ['WORKDAY("2024-03-15", 5)', '2024-03-22T00:00:00.000Z'],
    ['WORKDAY("2024-03-15", 0)', '2024-03-15T00:00:00.000Z'],
    ['WORKDAY("2024-03-18", -1)', '2024-03-15T00:00:00.000Z'],
    ['WORKDAY("2024-03-16", 1)', '2024-03-18T00:00:00.000Z'],
    ['WORKDAY("2024-03-15", 2, "2024-03-18")', '2024-03-20T00:00:00.000Z'],
    ['WORKDAY("2024-03-15", 2, "2024-03-18, 2024-03-19")', '2024-03-21T00:00:00.000Z'],
    ["WORKDAY('10/16/20', 10, '2020-10-20, 2020-10-21')", '2020-11-03T00:00:00.000Z'],
    ['WORKDAY(NOW(), 1)', '2024-03-18T15:30:45.123Z'],
    ['WORKDAY(Missing, 1)', '#ERROR!'],
  ])('%s gives %j', (source, expected) => {
    expect(run(source)).toEqual(expected);
  });
});

describe('WEEKNUM counts weeks from the one holding January 1st', () => {
  it.each([
    // The reference's example: Sunday, February 17, 2013 is in week 8.
    ['WEEKNUM("02/17/2013")', 8],
    ['WEEKNUM("02/17/2013", "Monday")', 7],
    ['WEEKNUM("02/17/2013", "Sunday")', 8],
    ['WEEKNUM("2013-01-01")', 1],
    ['WEEKNUM("2012-12-31")', 53],
    ['WEEKNUM("2023-01-01")', 1],
    ['WEEKNUM("2023-01-08")', 2],
    ['WEEKNUM("2023-01-08", "monday")', 2],
    ['WEEKNUM("2023-01-09", "Monday")', 3],
    ['WEEKNUM("2023-09-08")', 36],
    ['WEEKNUM(NOW())', 11],
    ['WEEKNUM(Missing)', '#ERROR!'],
    ['WEEKNUM("2024-01-01", "Friday")', '#ERROR!'],
  ])('%s gives %j', (source, expected) => {
    expect(run(source)).toEqual(expected);
  });

  it('reads the week on the wall clock of the zone', () => {
    // Sunday 01:00 in Tokyo is still Saturday in UTC.
    expect(run('WEEKNUM("2023-01-07T16:00:00Z")')).toBe(1);
    expect(run('WEEKNUM("2023-01-07T16:00:00Z")', {}, { timeZone: 'Asia/Tokyo' })).toBe(2);
  });
});

describe('WORKDAY_DIFF counts the working days between two dates, both included', () => {
  it.each([
    ['WORKDAY_DIFF("12/25/2017", "1/1/2018")', 6],
    ['WORKDAY_DIFF("2023-06-18", "2023-10-01")', 75],
    ['WORKDAY_DIFF("2023-06-18", "2023-10-01", "2023-07-12, 2023-08-18, 2023-08-19")', 73],
    ['WORKDAY_DIFF("2024-03-15", "2024-03-15")', 1],
    ['WORKDAY_DIFF("2024-03-16", "2024-03-17")', 0],
    ['WORKDAY_DIFF("2024-03-11", "2024-03-15")', 5],
    ['WORKDAY_DIFF("2024-03-15", "2024-03-11")', -5],
    ['WORKDAY_DIFF("2024-03-11", "2024-03-15", "2024-03-13")', 4],
    ['WORKDAY_DIFF("2024-03-11", "2024-03-15", "2024-03-13, 2024-03-13, 2024-03-16")', 4],
    ['WORKDAY_DIFF("2024-03-11T23:00:00Z", "2024-03-12T01:00:00Z")', 2],
    ['WORKDAY_DIFF("2000-01-03", "2099-12-31")', 26089],
    ['WORKDAY_DIFF(Missing, "2024-03-15")', '#ERROR!'],
    ['WORKDAY_DIFF("2024-03-11", "someday")', '#ERROR!'],
  ])('%s gives %j', (source, expected) => {
    expect(run(source)).toEqual(expected);
  });

  it('is the inverse of WORKDAY for a working start day', () => {
    expect(run('WORKDAY_DIFF("2024-03-15", WORKDAY("2024-03-15", 10))')).toBe(11);
  });
});

describe('TIMESTR writes the time of day', () => {
  it.each([
    ['TIMESTR("2024-03-15T09:05:07Z")', '09:05:07'],
    ['TIMESTR(NOW())', '15:30:45'],
    ['TIMESTR("2024-03-15")', '00:00:00'],
    ['TIMESTR(SET_TIMEZONE(NOW(), "America/New_York"))', '11:30:45'],
    ['TIMESTR(Missing)', '#ERROR!'],
  ])('%s gives %j', (source, expected) => {
    expect(run(source)).toEqual(expected);
  });
});

describe('TONOW and FROMNOW put the span between a date and now in words', () => {
  it.each([
    ['TONOW("2024-03-15T15:30:40Z")', 'a few seconds'],
    ['TONOW("2024-03-15T15:29:40Z")', 'a minute'],
    ['TONOW("2024-03-15T15:00:00Z")', '31 minutes'],
    ['TONOW("2024-03-15T14:00:00Z")', '2 hours'],
    ['TONOW("2024-03-15T01:00:00Z")', '15 hours'],
    ['TONOW("2024-03-14T12:00:00Z")', 'a day'],
    ['TONOW("2024-02-19")', 'a month'],
    ['TONOW("2024-02-20")', '25 days'],
    ['TONOW("2024-01-20")', '2 months'],
    ['TONOW("2023-06-01")', '9 months'],
    ['TONOW("2023-03-01")', 'a year'],
    ['TONOW("2022-03-01")', '2 years'],
    ['FROMNOW("2024-03-20")', '4 days'],
    ['FROMNOW("2034-03-20")', '10 years'],
    ['TONOW("2024-03-20") = FROMNOW("2024-03-20")', true],
    ['TONOW(Missing)', '#ERROR!'],
  ])('%s gives %j', (source, expected) => {
    expect(run(source)).toEqual(expected);
  });
});
