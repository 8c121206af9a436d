import { describe, expect, it } from 'vitest';
import { run } from './helpers.ts';

const cells = {
  Price: 19.99,
  Word: 'x',
  Qty: 3,
  Scores: [4, 8, 6],
  Mixed: [1, 'two', '3', null],
  Nested: [[1, 2], [3]],
};

describe('numeric functions', () => {
  it.each([
    ['ABS(-5.5)', 5.5],
    ['ABS(5)', 5],
    ['ABS(Missing)', 0],
    ['ROUND(1.5, 0)', 2],
    ['ROUND(2.5, 0)', 3],
    ['ROUND(-2.5, 0)', -2],
    ['ROUND(-2.6, 0)', -3],
    ['ROUND(3.14159, 2)', 3.14],
    ['ROUND(1.005, 2)', 1.01],
    ['ROUND(1234.5678, -2)', 1200],
    ['ROUND(Price * Qty, 1)', 60],
    ['ROUNDUP(2.1, 0)', 3],
    ['ROUNDUP(-2.1, 0)', -3],
    ['ROUNDUP(3.14159, 2)', 3.15],
    ['ROUNDUP(1234, -2)', 1300],
    ['ROUNDDOWN(2.9, 0)', 2],
    ['ROUNDDOWN(-2.9, 0)', -2],
    ['ROUNDDOWN(3.14159, 3)', 3.141],
    ['ROUNDDOWN(1299, -2)', 1200],
    ['CEILING(4.3)', 5],
    ['CEILING(4.3, 2)', 6],
    ['CEILING(-4.3)', -4],
    ['CEILING(0.3, 0.1)', 0.3],
    ['CEILING(0.31, 0.1)', 0.4],
    ['CEILING(10, 5)', 10],
    ['CEILING(1, 0)', '#ERROR!'],
    ['FLOOR(4.7)', 4],
    ['FLOOR(4.7, 2)', 4],
    ['FLOOR(-4.3)', -5],
    ['FLOOR(27, 5)', 25],
    ['INT(8.9)', 8],
    ['INT(-8.9)', -9],
    ['MOD(7, 5)', 2],
    ['MOD(10, 2)', 0],
    ['MOD(-7, 5)', -2],
    ['MOD(7.5, 2)', 1.5],
    ['POWER(2, 10)', 1024],
    ['POWER(9, 0.5)', 3],
    ['POWER(2, -1)', 0.5],
    ['SQRT(16)', 4],
    ['SQRT(2) * SQRT(2) > 1.9999', true],
    ['EXP(0)', 1],
    ['ROUND(EXP(1), 5)', 2.71828],
    ['LOG(100)', 2],
    ['LOG(1000)', 3],
    ['LOG(8, 2)', 3],
    ['ROUND(LOG(10, EXP(1)), 6)', 2.302585],
    ['LOG(-1)', '#ERROR!'],
    ['LOG(10, 1)', '#ERROR!'],
    ['ROUND("2.567", 1)', 2.6],
    ['ABS(Word)', '#ERROR!'],
  ])('%s gives %j', (source, expected) => {
    expect(run(source, cells)).toEqual(expected);
  });
});

describe('EVEN and ODD round away from zero to the next even or odd integer', () => {
  it.each([
    // The reference's examples.
    ['EVEN(0.1)', 2],
    ['EVEN(-0.1)', -2],
    ['ODD(0.1)', 1],
    ['ODD(-0.1)', -1],
    ['EVEN(2)', 2],
    ['EVEN(3)', 4],
    ['EVEN(-3)', -4],
    ['EVEN(0)', 0],
    ['EVEN(Missing)', 0],
    ['EVEN("5")', 6],
    ['EVEN(Price)', 20],
    ['ODD(1)', 1],
    ['ODD(2)', 3],
    ['ODD(-2)', -3],
    ['ODD(0)', 1],
    ['ODD(Missing)', 1],
    ['ODD(Qty)', 3],
    ['ODD(TRUE())', 1],
    ['EVEN(Word)', '#ERROR!'],
    ['ODD(ERROR())', '#ERROR!'],
  ])('%s gives %j', (source, expected) => {
    expect(run(source, cells)).toEqual(expected);
  });
});

describe('aggregate functions read numbers from arguments and arrays', () => {
  it.each([
    ['SUM(1, 2, 3)', 6],
    ['SUM(Scores)', 18],
    ['SUM(Scores, 2)', 20],
    ['SUM(Mixed)', 4],
    ['SUM(Nested)', 6],
    ['SUM(Missing)', 0],
    ['SUM("3", 1)', 4],
    ['AVERAGE(1, 2, 3, 4)', 2.5],
    ['AVERAGE(Scores)', 6],
    ['AVERAGE(Missing)', 0],
    ['AVERAGE(Mixed)', 2],
    ['MAX(1, 9, 3)', 9],
    ['MAX(Scores)', 8],
    ['MAX(Scores, 10)', 10],
    ['MAX(Missing)', 0],
    ['MIN(1, 9, 3)', 1],
    ['MIN(Scores)', 4],
    ['MIN(-1, Scores)', -1],
    ['MAX("2024-01-01", 5)', 5],
    ['COUNT(1, 2, "3", BLANK())', 2],
    ['COUNT(Scores)', 3],
    ['COUNT(Mixed)', 1],
    ['COUNTA(1, "", "x", BLANK())', 2],
    ['COUNTA(Mixed)', 3],
    ['COUNTA(0)', 1],
    ['COUNTALL(1, "", "x", BLANK())', 4],
    ['COUNTALL(Mixed)', 4],
    ['COUNTALL(Scores, Nested)', 6],
  ])('%s gives %j', (source, expected) => {
    expect(run(source, cells)).toEqual(expected);
  });

  it('keeps dates when MAX and MIN compare a rollup of dates', () => {
    const dates = [new Date('2024-01-05T00:00:00Z'), new Date('2024-02-01T00:00:00Z')];
    expect(run('MAX(Dates)', { Dates: dates })).toBe('2024-02-01T00:00:00.000Z');
    expect(run('MIN(Dates)', { Dates: dates })).toBe('2024-01-05T00:00:00.000Z');
  });
});
