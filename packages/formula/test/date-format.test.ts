import { describe, expect, it } from 'vitest';
import { run } from './helpers.ts';

// Tuesday 5 March 2024, 14:07:09.045 UTC.
const cells = { D: new Date('2024-03-05T14:07:09.045Z'), Night: new Date('2024-03-05T00:15:00Z') };

describe('DATETIME_FORMAT understands Moment.js format specifiers', () => {
  it.each([
    ['YYYY', '2024'],
    ['YY', '24'],
    ['Q', '1'],
    ['Qo', '1st'],
    ['M', '3'],
    ['Mo', '3rd'],
    ['MM', '03'],
    ['MMM', 'Mar'],
    ['MMMM', 'March'],
    ['D', '5'],
    ['Do', '5th'],
    ['DD', '05'],
    ['DDD', '65'],
    ['DDDD', '065'],
    ['d', '2'],
    ['do', '2nd'],
    ['dd', 'Tu'],
    ['ddd', 'Tue'],
    ['dddd', 'Tuesday'],
    ['e', '2'],
    ['E', '2'],
    ['w', '10'],
    ['ww', '10'],
    ['W', '10'],
    ['WW', '10'],
    ['GGGG', '2024'],
    ['gggg', '2024'],
    ['H', '14'],
    ['HH', '14'],
    ['h', '2'],
    ['hh', '02'],
    ['k', '14'],
    ['kk', '14'],
    ['m', '7'],
    ['mm', '07'],
    ['s', '9'],
    ['ss', '09'],
    ['S', '0'],
    ['SS', '04'],
    ['SSS', '045'],
    ['A', 'PM'],
    ['a', 'pm'],
    ['X', '1709647629'],
    ['x', '1709647629045'],
    ['Z', '+00:00'],
    ['ZZ', '+0000'],
    ['z', 'UTC'],
    ['YYYY-MM-DD', '2024-03-05'],
    ['M/D/YYYY', '3/5/2024'],
    ['D MMMM YYYY', '5 March 2024'],
    ['MMMM D YYYY', 'March 5 2024'],
    ['DD-MM-YYYY HH:mm', '05-03-2024 14:07'],
    ['HH:mm:ss.SSS', '14:07:09.045'],
    ['h:mm a', '2:07 pm'],
    ['L', '03/05/2024'],
    ['l', '3/5/2024'],
    ['LL', 'March 5, 2024'],
    ['ll', 'Mar 5, 2024'],
    ['LLL', 'March 5, 2024 2:07 PM'],
    ['LLLL', 'Tuesday, March 5, 2024 2:07 PM'],
    ['llll', 'Tue, Mar 5, 2024 2:07 PM'],
    ['LT', '2:07 PM'],
    ['LTS', '2:07:09 PM'],
    ['[Week] W', 'Week 10'],
    ['[Today is] dddd', 'Today is Tuesday'],
    ['YYYY [Q]Q', '2024 Q1'],
  ])('formats with %j as %j', (format, expected) => {
    expect(run(`DATETIME_FORMAT(D, "${format}")`, cells)).toBe(expected);
  });

  it.each([
    ['DATETIME_FORMAT(D)', '2024-03-05T14:07:09Z'],
    ['DATETIME_FORMAT(Night, "h:mm A")', '12:15 AM'],
    ['DATETIME_FORMAT(Night, "k:mm")', '24:15'],
    ["DATETIME_FORMAT('10/22/2003', 'M')", '10'],
    ['DATETIME_FORMAT("2021-02-11", "W w")', '6 7'],
    ['DATETIME_FORMAT("2023-12-31", "w gggg")', '1 2024'],
    ['DATETIME_FORMAT("2021-01-01", "W GGGG")', '53 2020'],
    ['DATETIME_FORMAT("2024-12-30", "W GGGG")', '1 2025'],
    ['DATETIME_FORMAT(Missing, "YYYY")', '#ERROR!'],
    ['DATETIME_FORMAT("nope", "YYYY")', '#ERROR!'],
    ['DATETIME_FORMAT(D, "")', ''],
  ])('%s gives %j', (source, expected) => {
    expect(run(source, cells)).toBe(expected);
  });

  it.each([
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [4, '4th'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [21, '21st'],
    [22, '22nd'],
    [23, '23rd'],
    [30, '30th'],
    [31, '31st'],
  ])('writes day %i as the ordinal %s', (day, expected) => {
    const date = `2024-01-${String(day).padStart(2, '0')}`;
    expect(run(`DATETIME_FORMAT("${date}", "Do")`)).toBe(expected);
  });
});

describe('DATETIME_PARSE reads text with or without an input format', () => {
  it.each([
    ['DATETIME_PARSE("4 Mar 2017 23:00", "D MMM YYYY HH:mm")', '2017-03-04T23:00:00.000Z'],
    ['DATETIME_PARSE("2017-03-04")', '2017-03-04T00:00:00.000Z'],
    ['DATETIME_PARSE("03/04/2017")', '2017-03-04T00:00:00.000Z'],
    ['DATETIME_PARSE("3/4/17")', '2017-03-04T00:00:00.000Z'],
    ['DATETIME_PARSE("2017/03/04")', '2017-03-04T00:00:00.000Z'],
    ['DATETIME_PARSE("March 4, 2017")', '2017-03-04T00:00:00.000Z'],
    ['DATETIME_PARSE("Mar 4th 2017")', '2017-03-04T00:00:00.000Z'],
    ['DATETIME_PARSE("4 March 2017 5:30 pm")', '2017-03-04T17:30:00.000Z'],
    ['DATETIME_PARSE("3/4/2017 12:00 AM")', '2017-03-04T00:00:00.000Z'],
    ['DATETIME_PARSE("2017-03-04T10:00:00+02:00")', '2017-03-04T08:00:00.000Z'],
    ['DATETIME_PARSE("2017-03-04 10:00")', '2017-03-04T10:00:00.000Z'],
    ['DATETIME_PARSE("2017-03-04T10:00:00.5Z")', '2017-03-04T10:00:00.500Z'],
    ['DATETIME_PARSE("04.03.2017", "DD.MM.YYYY")', '2017-03-04T00:00:00.000Z'],
    ['DATETIME_PARSE("20170304", "YYYYMMDD")', '2017-03-04T00:00:00.000Z'],
    ['DATETIME_PARSE("1709647629", "X")', '2024-03-05T14:07:09.000Z'],
    ['DATETIME_PARSE("1709647629045", "x")', '2024-03-05T14:07:09.045Z'],
    ['DATETIME_PARSE("5:30 PM 3/4/2017", "h:mm A M/D/YYYY")', '2017-03-04T17:30:00.000Z'],
    ['DATETIME_PARSE("12:05 am 2017-03-04", "h:mm a YYYY-MM-DD")', '2017-03-04T00:05:00.000Z'],
    [
      'DATETIME_PARSE("Saturday, March 4th 2017", "dddd, MMMM Do YYYY")',
      '2017-03-04T00:00:00.000Z',
    ],
    ['DATETIME_PARSE("2017-03-04 10:00 +0530", "YYYY-MM-DD HH:mm ZZ")', '2017-03-04T04:30:00.000Z'],
    ['DATETIME_PARSE("17-3-4", "YY-M-D")', '2017-03-04T00:00:00.000Z'],
    [
      'DATETIME_PARSE("2017-03-04 10:00:00.123", "YYYY-MM-DD HH:mm:ss.SSS")',
      '2017-03-04T10:00:00.123Z',
    ],
    ['DATETIME_PARSE("2024-03-05", "", "fr")', '2024-03-05T00:00:00.000Z'],
    ['DATETIME_PARSE(NOW())', '2024-03-15T15:30:45.123Z'],
    ['DATETIME_PARSE("2017-02-30")', '#ERROR!'],
    ['DATETIME_PARSE("2017-02-29T10:00:00Z")', '#ERROR!'],
    ['DATETIME_PARSE("garbage")', '#ERROR!'],
    ['DATETIME_PARSE("13/45/2017", "MM/DD/YYYY")', '#ERROR!'],
    ['DATETIME_PARSE("abc", "YYYY")', '#ERROR!'],
    ['DATETIME_FORMAT(DATETIME_PARSE("31/12/2023", "DD/MM/YYYY"), "LL")', 'December 31, 2023'],
  ])('%s gives %j', (source, expected) => {
    expect(run(source, cells)).toBe(expected);
  });
});

describe('DATESTR writes the calendar date', () => {
  it.each([
    ['DATESTR(D)', '2024-03-05'],
    ['DATESTR("2024-03-05T23:59:59Z")', '2024-03-05'],
    ['DATESTR(NOW())', '2024-03-15'],
    ['DATESTR(Missing)', '#ERROR!'],
  ])('%s gives %j', (source, expected) => {
    expect(run(source, cells)).toBe(expected);
  });
});
