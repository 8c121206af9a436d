import { describe, expect, it } from 'vitest';
import type { FieldSchema } from '../src/index.ts';
import { run } from './helpers.ts';

const schema: FieldSchema[] = [
  { id: 'fldName', name: 'Name', type: 'singleLineText' },
  { id: 'fldDone', name: 'Done', type: 'checkbox' },
];

// The API omits an unchecked checkbox from `fields` (D:field-model "checkbox": "true, or empty").
// A formula must see the same FALSE() whether the cell is absent, null or false.
const UNCHECKED_CELLS: [string, Record<string, unknown>][] = [
  ['absent from fields', {}],
  ['null', { Done: null }],
  ['false', { Done: false }],
  ['keyed by field id and false', { fldDone: false }],
];

describe('an unchecked checkbox is FALSE() to every function and operator', () => {
  it.each([
    ['NOT({Done})', true],
    ['{Done}', false],
    ['{Done} = 0', true],
    ['{Done} = "0"', true],
    ['{Done} = FALSE()', true],
    ['{Done} = BLANK()', true],
    ['{Done} != TRUE()', true],
    ['{Done} < 1', true],
    ['{Done} + 1', 1],
    ['{Done} * 5', 0],
    ['{Done} & ""', '0'],
    ['CONCATENATE({Done}, "!")', '0!'],
    ['LEN({Done} & "")', 1],
    ['IF({Done}, "yes", "no")', 'no'],
    ['SWITCH({Done}, 0, "unchecked", 1, "checked")', 'unchecked'],
    ['AND({Done})', false],
    ['OR({Done}, 0)', false],
    ['XOR({Done}, 1)', true],
    ['SUM({Done}, 1)', 1],
    ['COUNT({Done})', 0],
    ['T({Done})', null],
    ['VALUE({Done} & "")', 0],
    ['ISERROR({Done})', false],
    ['ARRAYJOIN({Done})', '0'],
  ])('%s gives %j', (source, expected) => {
    for (const [, cells] of UNCHECKED_CELLS) {
      expect(run(source, cells, {}, schema)).toEqual(expected);
    }
  });

  it('reads a checked checkbox as TRUE()', () => {
    expect(run('{Done} & ""', { Done: true }, {}, schema)).toBe('1');
    expect(run('NOT({Done})', { Done: true }, {}, schema)).toBe(false);
  });

  it('keeps a missing cell blank when no schema says it is a checkbox', () => {
    expect(run('{Done} & ""', {})).toBe('');
    expect(run('NOT({Done})', {})).toBe(true);
  });
});
