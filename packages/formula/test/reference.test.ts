import { describe, expect, it } from 'vitest';
import { compileFormula, FormulaError, supportedFunctions } from '../src/index.ts';
import { run, type Shown } from './helpers.ts';

// Every function of Airtable's formula field reference, with the argument counts its
// signatures give (optional arguments in brackets) and what it gives when every argument
// is a blank cell. Where the reference's signature and its text disagree, the text wins:
// IF's "if false" value is optional, DATETIME_DIFF defaults to seconds, IS_SAME's unit is
// optional (without it the instants are compared).
const REFERENCE: [name: string, min: number, max: number, blank: Shown][] = [
  ['ABS', 1, 1, 0],
  ['AND', 1, Infinity, false],
  ['ARRAYCOMPACT', 1, 1, []],
  ['ARRAYFLATTEN', 1, 1, []],
  ['ARRAYJOIN', 1, 2, ''],
  ['ARRAYSLICE', 2, 3, []],
  ['ARRAYUNIQUE', 1, 1, []],
  ['AVERAGE', 1, Infinity, 0],
  ['BLANK', 0, 0, null],
  ['CEILING', 1, 2, 0],
  ['CONCATENATE', 1, Infinity, ''],
  ['COUNT', 1, Infinity, 0],
  ['COUNTA', 1, Infinity, 0],
  // "Count the number of all elements including text and blanks."
  ['COUNTALL', 1, Infinity, 1],
  ['CREATED_TIME', 0, 0, '2024-01-02T03:04:05.000Z'],
  ['DATEADD', 3, 3, '#ERROR!'],
  ['DATESTR', 1, 1, '#ERROR!'],
  ['DATETIME_DIFF', 2, 3, '#ERROR!'],
  ['DATETIME_FORMAT', 1, 2, '#ERROR!'],
  ['DATETIME_PARSE', 1, 3, '#ERROR!'],
  ['DAY', 1, 1, '#ERROR!'],
  ['ENCODE_URL_COMPONENT', 1, 1, ''],
  ['ERROR', 0, 0, '#ERROR!'],
  ['EVEN', 1, 1, 0],
  ['EXP', 1, 1, 1],
  ['FALSE', 0, 0, false],
  ['FIND', 2, 3, 1],
  ['FLOOR', 1, 2, 0],
  ['FROMNOW', 1, 1, '#ERROR!'],
  ['HOUR', 1, 1, '#ERROR!'],
  ['IF', 2, 3, null],
  ['INT', 1, 1, 0],
  ['ISERROR', 1, 1, false],
  ['IS_AFTER', 2, 2, '#ERROR!'],
  ['IS_BEFORE', 2, 2, '#ERROR!'],
  ['IS_SAME', 2, 3, '#ERROR!'],
  ['LAST_MODIFIED_TIME', 0, Infinity, '2024-01-02T03:04:05.000Z'],
  ['LEFT', 2, 2, ''],
  ['LEN', 1, 1, 0],
  ['LOG', 1, 2, '#ERROR!'],
  ['LOWER', 1, 1, ''],
  ['MAX', 1, Infinity, 0],
  ['MID', 3, 3, ''],
  ['MIN', 1, Infinity, 0],
  ['MINUTE', 1, 1, '#ERROR!'],
  ['MOD', 2, 2, '#ERROR!'],
  ['MONTH', 1, 1, '#ERROR!'],
  ['NOT', 1, 1, true],
  ['NOW', 0, 0, '2024-03-15T15:30:45.123Z'],
  ['ODD', 1, 1, 1],
  ['OR', 1, Infinity, false],
  ['POWER', 2, 2, 1],
  ['RECORD_ID', 0, 0, 'recTEST0000000001'],
  ['REGEX_EXTRACT', 2, 2, ''],
  ['REGEX_MATCH', 2, 2, true],
  ['REGEX_REPLACE', 3, 3, ''],
  ['REPLACE', 4, 4, ''],
  ['REPT', 2, 2, ''],
  ['RIGHT', 2, 2, ''],
  ['ROUND', 2, 2, 0],
  ['ROUNDDOWN', 2, 2, 0],
  ['ROUNDUP', 2, 2, 0],
  ['SEARCH', 2, 3, 1],
  ['SECOND', 1, 1, '#ERROR!'],
  ['SET_LOCALE', 2, 2, '#ERROR!'],
  ['SET_TIMEZONE', 2, 2, '#ERROR!'],
  ['SQRT', 1, 1, 0],
  ['SUBSTITUTE', 3, 4, ''],
  ['SUM', 1, Infinity, 0],
  ['SWITCH', 2, Infinity, null],
  ['T', 1, 1, null],
  ['TIMESTR', 1, 1, '#ERROR!'],
  ['TODAY', 0, 0, '2024-03-15T00:00:00.000Z'],
  ['TONOW', 1, 1, '#ERROR!'],
  ['TRIM', 1, 1, ''],
  ['TRUE', 0, 0, true],
  ['UPPER', 1, 1, ''],
  ['VALUE', 1, 1, null],
  ['WEEKDAY', 1, 2, '#ERROR!'],
  ['WEEKNUM', 1, 2, '#ERROR!'],
  ['WORKDAY', 2, 3, '#ERROR!'],
  ['WORKDAY_DIFF', 2, 3, '#ERROR!'],
  ['XOR', 1, Infinity, false],
  ['YEAR', 1, 1, '#ERROR!'],
];

// Field references fit every parameter kind, so only the count can be wrong.
const call = (name: string, count: number) =>
  `${name}(${Array.from({ length: count }, (_, i) => `{Blank ${i}}`).join(', ')})`;

function arityError(source: string): string {
  try {
    compileFormula(source);
  } catch (error) {
    if (error instanceof FormulaError) return error.message;
    throw error;
  }
  return 'compiled';
}

describe('the functions of Airtable’s formula field reference', () => {
  it('are all supported, and nothing else is', () => {
    expect(REFERENCE).toHaveLength(84);
    expect(supportedFunctions()).toEqual(REFERENCE.map(([name]) => name).sort());
  });

  it.each(REFERENCE)('%s takes %i to %d arguments', (name, min, max) => {
    expect(() => compileFormula(call(name, min))).not.toThrow();
    expect(() => compileFormula(call(name, max === Infinity ? min + 3 : max))).not.toThrow();
    if (min > 0) expect(arityError(call(name, min - 1))).toMatch(`${name}() expects`);
    if (max !== Infinity) {
      expect(arityError(`1 + ${call(name, max + 1)}`)).toMatch(/ at line 1, column 5$/);
    }
  });

  it.each(REFERENCE.map(([name, min, , blank]) => [call(name, min), blank] as const))(
    '%s, its arguments blank cells, gives %j',
    (source, blank) => {
      expect(run(source)).toEqual(blank);
    },
  );
});

describe('the reference’s operators on blank cells', () => {
  it.each([
    ['{A} & {B}', ''],
    ['{A} + {B}', 0],
    ['{A} - {B}', 0],
    ['{A} * {B}', 0],
    // 0 / 0: Airtable shows #ERROR! for a division by zero.
    ['{A} / {B}', '#ERROR!'],
    ['{A} = {B}', true],
    ['{A} != {B}', false],
    ['{A} < {B}', false],
    ['{A} > {B}', false],
    ['{A} <= {B}', true],
    ['{A} >= {B}', true],
    ['-{A}', 0],
  ])('%s gives %j', (source, expected) => {
    expect(run(source)).toEqual(expected);
  });
});
