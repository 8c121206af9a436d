import { describe, expect, it } from 'vitest';
import { run } from './helpers.ts';

const cells = { A: 6, B: 3, Zero: 0, Text: 'hello', NumText: '12', Empty: '' };

describe('arithmetic operators', () => {
  it.each([
    ['1 + 2', 3],
    ['10 - 4', 6],
    ['6 * 7', 42],
    ['7 / 2', 3.5],
    ['2 + 3 * 4', 14],
    ['(2 + 3) * 4', 20],
    ['10 - 2 - 3', 5],
    ['100 / 10 / 5', 2],
    ['-3 + 5', 2],
    ['-(3 + 5)', -8],
    ['- -4', 4],
    ['+4', 4],
    ['2 * -3', -6],
    ['A + B', 9],
    ['A * B - A / B', 16],
    ['{A} / {Zero}', '#ERROR!'],
    ['0 / 0', '#ERROR!'],
    ['NumText + 1', 13],
    ['"  7 " * 2', 14],
    ['"1e2" + 0', 100],
    ['Missing + 5', 5],
    ['Missing * 5', 0],
    ['Empty + 1', 1],
    ['TRUE() + TRUE()', 2],
    ['FALSE() * 9', 0],
    ['0.1 + 0.2', 0.30000000000000004],
    ['-0 + 0', 0],
    ['Text + 1', '#ERROR!'],
    ['1 - Missing', 1],
    ['-Missing', 0],
  ])('%s = %j', (source, expected) => {
    expect(run(source, cells)).toEqual(expected);
  });
});

describe('the & operator concatenates text, with blanks as ""', () => {
  it.each([
    ['"a" & "b"', 'ab'],
    ['Text & " world"', 'hello world'],
    ['A & B', '63'],
    ['1 & 2 + 3', '15'],
    ['Missing & "x"', 'x'],
    ['"x" & Missing & "y"', 'xy'],
    ['BLANK() & BLANK()', ''],
    ['TRUE() & ""', '1'],
    ['FALSE() & ""', '0'],
    ['3.5 & "%"', '3.5%'],
    ['"\\"" & Text & "\\""', '"hello"'],
    ['-0 & ""', '0'],
  ])('%s gives %j', (source, expected) => {
    expect(run(source, cells)).toEqual(expected);
  });
});

describe('comparison operators', () => {
  it.each([
    ['1 = 1', true],
    ['1 = 2', false],
    ['1 != 2', true],
    ['2 != 2', false],
    ['1 < 2', true],
    ['2 < 1', false],
    ['2 > 1', true],
    ['2 <= 2', true],
    ['3 <= 2', false],
    ['2 >= 2', true],
    ['1 >= 2', false],
    ['"abc" = "abc"', true],
    ['"abc" = "ABC"', false],
    ['"abc" != "abd"', true],
    ['"apple" < "banana"', true],
    ['"b" > "a"', true],
    ['"10" < "9"', true],
    ['NumText = 12', true],
    ['12 = "12"', true],
    ['"12.0" = 12', true],
    ['NumText > 5', true],
    ['"abc" > 5', true],
    ['A > B', true],
    ['A = 6', true],
    ['{A} + {B} = 9', true],
    ['1 + 1 = 2 & ""', true],
    ['TRUE() = 1', true],
    ['FALSE() = 0', true],
    ['TRUE() = FALSE()', false],
    ['Text = "hello"', true],
  ])('%s is %j', (source, expected) => {
    expect(run(source, cells)).toBe(expected);
  });
});

describe('precedence mixes arithmetic, concatenation and comparison', () => {
  it.each([
    ['1 + 2 & 3 + 4', '37'],
    ['"a" & 1 = "a1"', true],
    ['2 * 3 = 6', true],
    ['2 * 3 > 5 = TRUE()', true],
    ['(1 < 2) + (3 < 4)', 2],
    ['-2 * -2', 4],
    ['10 - 2 * 3 + 1', 5],
    ['10 / 2 * 5', 25],
  ])('%s gives %j', (source, expected) => {
    expect(run(source, cells)).toEqual(expected);
  });
});
