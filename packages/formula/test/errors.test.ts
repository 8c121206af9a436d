import { describe, expect, it } from 'vitest';
import {
  compileFormula,
  FormulaError,
  INVALID_FILTER_BY_FORMULA,
  type FieldSchema,
} from '../src/index.ts';
import { run } from './helpers.ts';

const fields: FieldSchema[] = [
  { id: 'fldName', name: 'Name', type: 'singleLineText' },
  { id: 'fldAmount', name: 'Amount', type: 'number' },
];

function compileError(source: string, schema?: FieldSchema[]): FormulaError {
  try {
    compileFormula(source, schema ? { fields: schema } : {});
  } catch (error) {
    if (error instanceof FormulaError) return error;
    throw error;
  }
  throw new Error(`expected ${source} to fail`);
}

const PREFIX = 'Invalid formula. Please check your formula text.';

describe('syntax errors point at the line and column of the problem', () => {
  it.each([
    ['AND(1))', "Unexpected ')' at line 1, column 7"],
    ['IF(1,', 'Unexpected end of formula at line 1, column 6'],
    ['1 +', 'Unexpected end of formula at line 1, column 4'],
    ['1 2', "Unexpected '2' at line 1, column 3"],
    ['(1 + 2', "Missing ')' at line 1, column 1"],
    ['SUM(1, 2', "Missing ')' to close SUM( at line 1, column 1"],
    ['"abc', 'Unterminated string at line 1, column 1'],
    ["x & 'abc", 'Unterminated string at line 1, column 5'],
    ['{Name', "Missing '}' after field name at line 1, column 1"],
    ['1 # 2', "Unexpected character '#' at line 1, column 3"],
    ['“smart” = 1', "Unexpected character '“' at line 1, column 1"],
    ['IF(1,,2)', "Unexpected ',' at line 1, column 6"],
    ['*2', "Unexpected '*' at line 1, column 1"],
    ['1 = = 2', "Unexpected '=' at line 1, column 5"],
    ['1 +\n  )', "Unexpected ')' at line 2, column 3"],
    ['IF(\n  {A},\n  1 2\n)', "Unexpected '2' at line 3, column 5"],
    ['', 'The formula is empty at line 1, column 1'],
    ['   ', 'The formula is empty at line 1, column 1'],
    ['1 ! 2', "Unexpected character '!' at line 1, column 3"],
    ['SUM(,)', "Unexpected ',' at line 1, column 5"],
  ])('rejects %j with "%s"', (source, detail) => {
    const error = compileError(source);
    expect(error.message).toBe(`${PREFIX} ${detail}`);
    expect(error.code).toBe(INVALID_FILTER_BY_FORMULA);
  });

  it('refuses absurdly deep nesting with a formula error instead of a stack overflow', () => {
    const deep = `${'('.repeat(300)}1${')'.repeat(300)}`;
    expect(compileError(deep).message).toBe(
      `${PREFIX} The formula is nested too deeply at line 1, column 257`,
    );
    expect(() => compileFormula(`${'('.repeat(100)}1${')'.repeat(100)}`)).not.toThrow();
  });

  it('exposes the position as offset, line and column', () => {
    const error = compileError('1 +\n  )');
    expect(error.position).toEqual({ offset: 6, line: 2, column: 3 });
  });

  it('is an Error named FormulaError', () => {
    const error = compileError('(');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('FormulaError');
  });
});

describe('unknown fields are compile-time errors worded as Airtable words them', () => {
  it.each([
    ['{foo} = 1', ['foo']],
    ['foo', ['foo']],
    ['AND({Name}, {foo}, bar)', ['foo', 'bar']],
    ['{foo} & {foo}', ['foo']],
    ['{name}', ['name']],
  ])('rejects %s naming %j', (source, names) => {
    const error = compileError(source, fields);
    expect(error.message).toBe(
      `The formula for filtering records is invalid: Unknown field names: ${names.join(', ')}`,
    );
    expect(error.unknownFields).toEqual(names);
    expect(error.code).toBe(INVALID_FILTER_BY_FORMULA);
  });

  it('points at the first unknown field', () => {
    expect(compileError('{Name} = {nope}', fields).position).toMatchObject({ line: 1, column: 10 });
  });

  it('accepts any field name when the table schema is not given', () => {
    expect(() => compileFormula('{anything} = 1')).not.toThrow();
  });

  it('accepts a field referenced by its id', () => {
    expect(() => compileFormula('{fldAmount} > 1', { fields })).not.toThrow();
  });

  it('treats a bare TRUE or FALSE as a boolean rather than an unknown field', () => {
    expect(() => compileFormula('AND(TRUE, false)', { fields })).not.toThrow();
  });
});

describe('unknown functions and wrong argument counts fail at compile time', () => {
  it.each([
    ['FOO(1)', 'Unknown function FOO at line 1, column 1'],
    ['1 + nope()', 'Unknown function NOPE at line 1, column 5'],
    ['IF(1)', 'IF() expects 2 to 3 arguments but got 1 at line 1, column 1'],
    ['IF(1, 2, 3, 4)', 'IF() expects 2 to 3 arguments but got 4 at line 1, column 1'],
    ['NOT()', 'NOT() expects exactly 1 argument but got 0 at line 1, column 1'],
    ['NOW(1)', 'NOW() expects exactly 0 arguments but got 1 at line 1, column 1'],
    ['AND()', 'AND() expects at least 1 argument but got 0 at line 1, column 1'],
    ['SUM()', 'SUM() expects at least 1 argument but got 0 at line 1, column 1'],
    ['MID("a", 1)', 'MID() expects exactly 3 arguments but got 2 at line 1, column 1'],
    ['x & LEFT()', 'LEFT() expects exactly 2 arguments but got 0 at line 1, column 5'],
    ['LEFT("abc")', 'LEFT() expects exactly 2 arguments but got 1 at line 1, column 1'],
    ['ROUND(1.5)', 'ROUND() expects exactly 2 arguments but got 1 at line 1, column 1'],
    ['DATEADD(NOW(), 1)', 'DATEADD() expects exactly 3 arguments but got 2 at line 1, column 1'],
    [
      'REGEX_REPLACE("a", "b")',
      'REGEX_REPLACE() expects exactly 3 arguments but got 2 at line 1, column 1',
    ],
  ])('rejects %s with "%s"', (source, detail) => {
    expect(compileError(source).message).toBe(`${PREFIX} ${detail}`);
  });
});

describe('a literal that can never be of the kind a parameter takes fails at compile time', () => {
  it.each([
    ['LEFT("abc", "x")', 'LEFT() expects a number, not the text "x" at line 1, column 13'],
    ['ABS("x")', 'ABS() expects a number, not the text "x" at line 1, column 5'],
    ['ROUND(1.5, "two")', 'ROUND() expects a number, not the text "two" at line 1, column 12'],
    ['YEAR(2024)', 'YEAR() expects a date, not the number 2024 at line 1, column 6'],
    ['DATEADD(TRUE, 1, "days")', 'DATEADD() expects a date, not TRUE at line 1, column 9'],
    ['IS_AFTER(NOW(), 5)', 'IS_AFTER() expects a date, not the number 5 at line 1, column 17'],
    [
      'LAST_MODIFIED_TIME("Name")',
      'LAST_MODIFIED_TIME() expects field references only, like {Status} at line 1, column 20',
    ],
  ])('rejects %s with "%s"', (source, detail) => {
    const error = compileError(source);
    expect(error.message).toBe(`${PREFIX} ${detail}`);
    expect(error.code).toBe(INVALID_FILTER_BY_FORMULA);
  });

  it.each([
    'LEFT("abc", "2")',
    'ABS(" -3 ")',
    'ABS("")',
    'ROUND(TRUE, 0)',
    'YEAR("2024-03-01")',
    'YEAR({Due})',
    'LAST_MODIFIED_TIME({Name}, Amount)',
  ])('accepts %s, whose arguments can be read as their kinds', (source) => {
    expect(() => compileFormula(source)).not.toThrow();
  });

  it('points at the argument, not the call', () => {
    expect(compileError('IF(1, ABS("x"))').position).toEqual({ offset: 10, line: 1, column: 11 });
  });
});

describe("errors read as Airtable's list-records API words them", () => {
  it("prefixes syntax, function and argument errors with Airtable's filter message", () => {
    expect(compileError('LEFT("abc")').filterMessage).toBe(
      'The formula for filtering records is invalid: Invalid formula. Please check your formula text. LEFT() expects exactly 2 arguments but got 1 at line 1, column 1',
    );
  });

  it("keeps the unknown-field message, which already is Airtable's", () => {
    expect(compileError('{nope}', fields).filterMessage).toBe(
      'The formula for filtering records is invalid: Unknown field names: nope',
    );
  });
});

describe('runtime errors are values, not exceptions', () => {
  it.each([
    ['1 / 0', '#ERROR!'],
    ['ERROR()', '#ERROR!'],
    ['ERROR() + 1', '#ERROR!'],
    ['"x" & ERROR()', '#ERROR!'],
    ['UPPER(ERROR())', '#ERROR!'],
    ['ISERROR(1 / 0)', true],
    ['ISERROR(ERROR())', true],
    ['ISERROR(1)', false],
    ['ISERROR("text")', false],
    ['IF(ISERROR(1/0), "caught", "no")', 'caught'],
    ['IF(1 / 0, 1, 2)', '#ERROR!'],
    ['IF(TRUE(), 1, 1 / 0)', 1],
    ['MOD(5, 0)', '#ERROR!'],
    ['SQRT(-1)', '#ERROR!'],
    ['LOG(0)', '#ERROR!'],
    ['"abc" * 2', '#ERROR!'],
    ['-"abc"', '#ERROR!'],
    ['ISERROR("abc" * 2)', true],
    ['POWER(10, 400)', '#ERROR!'],
    ['ERROR() = 1', '#ERROR!'],
  ])('evaluates %s to %j', (source, expected) => {
    expect(run(source)).toEqual(expected);
  });

  it('explains the error for people debugging the formula', () => {
    const value = compileFormula('1/0').evaluate({
      id: 'r',
      createdTime: '2024-01-01',
      fields: {},
    });
    expect(value).toMatchObject({ code: '#ERROR!', reason: expect.stringContaining('zero') });
  });

  it('throws a RangeError for an unknown time zone in the evaluation context', () => {
    const compiled = compileFormula('1');
    expect(() =>
      compiled.evaluate(
        { id: 'r', createdTime: '2024-01-01', fields: {} },
        { timeZone: 'Mars/Base' },
      ),
    ).toThrow(RangeError);
  });
});
