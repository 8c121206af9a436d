import { describe, expect, it } from 'vitest';
import { run } from './helpers.ts';

// Tuesday 5 March 2024, 14:07:09 UTC.
const cells = { D: new Date('2024-03-05T14:07:09.045Z') };
const format = (locale: string, pattern: string) =>
  run(`DATETIME_FORMAT(SET_LOCALE(D, "${locale}"), "${pattern}")`, cells);

describe('SET_LOCALE sets the words DATETIME_FORMAT writes', () => {
  it.each([
    ['fr', 'dddd D MMMM YYYY', 'mardi 5 mars 2024'],
    ['de', 'dddd, D. MMMM YYYY', 'Dienstag, 5. März 2024'],
    ['es', 'D [de] MMMM', '5 de marzo'],
    ['it', 'ddd D MMM', 'mar 5 mar'],
    ['ru', 'D MMMM', '5 марта'],
    ['ja', 'MMMM', '3月'],
    ['zh-cn', 'MMMM', '三月'],
    ['zh-tw', 'dddd', '星期二'],
    ['ko', 'MMMM Do', '3월 5일'],
    ['de', 'Do MMMM', '5. März'],
    ['fr', 'Do MMMM', '5 mars'],
    ['en', 'dddd Do MMMM', 'Tuesday 5th March'],
    ['en-gb', 'dddd Do MMMM', 'Tuesday 5th March'],
    ['EN', 'MMMM', 'March'],
  ])('in %s, %s gives %j', (locale, pattern, expected) => {
    expect(format(locale, pattern)).toBe(expected);
  });

  it.each([
    ['fr', 'L', '05/03/2024'],
    ['de', 'L', '05.03.2024'],
    ['en-gb', 'L', '05/03/2024'],
    ['en', 'L', '03/05/2024'],
    ['fr', 'LL', '5 mars 2024'],
    ['de', 'LT', '14:07'],
    ['en', 'LT', '2:07 PM'],
    ['ja', 'LL', '2024年3月5日'],
  ])('writes the long format of %s for %s as %j', (locale, pattern, expected) => {
    expect(format(locale, pattern)).toBe(expected);
  });

  it('keeps escaped text and numeric tokens as they are', () => {
    expect(format('fr', '[Le] YYYY-MM-DD [à] HH:mm')).toBe('Le 2024-03-05 à 14:07');
  });

  it('combines with SET_TIMEZONE in either order', () => {
    expect(
      run('DATETIME_FORMAT(SET_TIMEZONE(SET_LOCALE(D, "fr"), "Asia/Tokyo"), "dddd HH:mm")', cells),
    ).toBe('mardi 23:07');
    expect(
      run('DATETIME_FORMAT(SET_LOCALE(SET_TIMEZONE(D, "Asia/Tokyo"), "fr"), "dddd HH:mm")', cells),
    ).toBe('mardi 23:07');
  });

  it('survives date arithmetic', () => {
    expect(run('DATETIME_FORMAT(DATEADD(SET_LOCALE(D, "fr"), 1, "days"), "dddd")', cells)).toBe(
      'mercredi',
    );
  });

  it('leaves the instant unchanged', () => {
    expect(run('SET_LOCALE(D, "fr")', cells)).toBe('2024-03-05T14:07:09.045Z');
    expect(run('IS_SAME(SET_LOCALE(D, "de"), D)', cells)).toBe(true);
  });

  it.each([
    ['SET_LOCALE(D, "not a locale!")', '#ERROR!'],
    ['SET_LOCALE(Missing, "fr")', '#ERROR!'],
    ['ISERROR(DATETIME_FORMAT(SET_LOCALE(D, "??"), "LL"))', true],
  ])('%s gives %j', (source, expected) => {
    expect(run(source, cells)).toEqual(expected);
  });
});
