import { describe, expect, it } from 'vitest';
import { compareCells } from '../src/index.ts';

const sorted = (values: unknown[]) => [...values].sort(compareCells);

describe('compareCells (Airtable sort order)', () => {
  it('puts empty cells first, then orders numbers by value', () => {
    // (Array#sort always moves undefined last, so it is left out here.)
    expect(sorted([10, null, 2, '', 33, []])).toEqual([null, '', [], 2, 10, 33]);
  });

  it('orders text case-insensitively, with numbers inside text compared as numbers', () => {
    expect(sorted(['beta', 'Alpha', 'item 10', 'item 9', 'alpha'])).toEqual([
      'Alpha',
      'alpha',
      'beta',
      'item 9',
      'item 10',
    ]);
  });

  it('orders lists by their joined text and collaborators by name', () => {
    expect(sorted([['b', 'a'], { name: 'Zoe' }, ['c', 'z'], { name: 'Adam' }])).toEqual([
      { name: 'Adam' },
      ['b', 'a'],
      ['c', 'z'],
      { name: 'Zoe' },
    ]);
  });

  it('treats checked boxes as 1 and ties as equal', () => {
    expect(compareCells(true, true)).toBe(0);
    expect(compareCells(false, true)).toBeLessThan(0);
  });
});
