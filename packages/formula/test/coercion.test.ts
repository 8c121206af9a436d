import { describe, expect, it } from 'vitest';
import { compileFormula, isTruthy, matchesFilter, toText } from '../src/index.ts';
import { makeRecord, NOW, run } from './helpers.ts';

const cells = {
  Zero: 0,
  One: 1,
  EmptyText: '',
  Text: 'x',
  Tags: ['a', 'b'],
  NoTags: [],
  Single: ['only'],
  Numbers: [1, 2],
  OneNumber: [5],
  Due: new Date('2024-03-10T00:00:00.000Z'),
};

describe('blank, 0 and "" compare as Airtable compares them', () => {
  it.each([
    ['BLANK() = ""', true],
    ['BLANK() = 0', true],
    ['BLANK() = BLANK()', true],
    ['BLANK() = FALSE()', true],
    ['BLANK() = "x"', false],
    ['BLANK() = 1', false],
    ['Missing = 0', true],
    ['Missing = ""', true],
    ['Missing = BLANK()', true],
    ['Missing != 0', false],
    ['Zero = BLANK()', true],
    ['Zero = ""', true],
    ['EmptyText = BLANK()', true],
    ['EmptyText = 0', true],
    ['NoTags = BLANK()', true],
    ['NoTags = ""', true],
    ['Missing < 1', true],
    ['Missing > -1', true],
    ['Missing >= 0', true],
    ['Missing < "b"', true],
    ['One = BLANK()', false],
    ['Text != BLANK()', true],
  ])('%s is %j', (source, expected) => {
    expect(run(source, cells)).toBe(expected);
  });
});

describe('arrays from lookups and multiple selects act as ", "-joined text', () => {
  it.each([
    ['Tags = "a, b"', true],
    ['Tags = "a,b"', false],
    ['Tags & ""', 'a, b'],
    ['"Tags: " & Tags', 'Tags: a, b'],
    ['Single = "only"', true],
    ['OneNumber = 5', true],
    ['OneNumber * 2', 10],
    ['Numbers + 1', '#ERROR!'],
    ['Numbers & ""', '1, 2'],
    ['LEN(Tags)', 4],
    ['FIND("b", Tags)', 4],
    ['UPPER(Tags)', 'A, B'],
    ['Tags > "a"', true],
    ['NoTags & "!"', '!'],
  ])('%s gives %j', (source, expected) => {
    expect(run(source, cells)).toEqual(expected);
  });
});

describe('dates compare as dates', () => {
  it.each([
    ['Due = "2024-03-10"', true],
    ['Due = "2024-03-11"', false],
    ['Due < "2024-03-11"', true],
    ['Due > "2024-03-09T23:59:59Z"', true],
    ['Due >= "3/10/2024"', true],
    ['Due < NOW()', true],
    ['Due > TODAY()', false],
    ['Due < "not a date"', false],
    ['Due > Missing', false],
    ['Due & ""', '2024-03-10T00:00:00.000Z'],
    ['Due + 1', '#ERROR!'],
    ['Due = Due', true],
  ])('%s gives %j', (source, expected) => {
    expect(run(source, cells)).toEqual(expected);
  });
});

describe('truthiness follows Airtable: 0, "", blank, false and empty arrays are false', () => {
  it.each([
    ['0', false],
    ['1', true],
    ['-1', true],
    ['0.0001', true],
    ['""', false],
    ['" "', true],
    ['"0"', true],
    ['BLANK()', false],
    ['FALSE()', false],
    ['TRUE()', true],
    ['NoTags', false],
    ['Tags', true],
    ['Due', true],
    ['Missing', false],
    ['ERROR()', false],
    ['1 / 0', false],
  ])('a filter whose result is %s keeps the record: %j', (source, expected) => {
    const compiled = compileFormula(source);
    expect(matchesFilter(compiled, makeRecord(cells), { now: NOW })).toBe(expected);
  });

  it('treats an array of only blanks as false', () => {
    expect(isTruthy([null, ''])).toBe(false);
    expect(isTruthy([0])).toBe(true);
    expect(isTruthy(Number.NaN)).toBe(false);
  });

  it('renders values as text the way concatenation does', () => {
    expect(toText([1, [2, 'x'], null])).toBe('1, 2, x, ');
    expect(toText(null)).toBe('');
    expect(toText(true)).toBe('1');
    expect(toText(new Date('2024-01-01T00:00:00Z'))).toBe('2024-01-01T00:00:00.000Z');
  });
});
