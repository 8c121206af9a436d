// Typing and pasting into grid cells: text becomes the value Airtable stores, or a reason in
// words; copied cells read back as the same values; spreadsheet TSV both ways.
import { describe, expect, it } from 'vitest';
import { readOnlyReason, textOfValue, valueFromText } from '../src/lib/cell-text.ts';
import { parseTsv, toTsv } from '../src/lib/tsv.ts';

const field = (name: string, type: string, options: Record<string, unknown> | null = null) => ({
  name,
  type,
  options,
});
const amount = field('Amount', 'currency', { precision: 0, symbol: '$' });
const stage = field('Stage', 'singleSelect', { choices: [{ name: 'Won' }, { name: 'Lost' }] });
const tags = field('Tags', 'multipleSelects', { choices: [{ name: 'a' }, { name: 'b' }] });
const probability = field('Probability', 'percent', { precision: 0 });
const done = field('Done', 'checkbox');
const close = field('Close Date', 'date', { dateFormat: { name: 'iso' } });

describe('valueFromText', () => {
  it('converts text to the field’s type', () => {
    expect(valueFromText('$125,000', amount)).toEqual({ value: 125000 });
    expect(valueFromText('won', stage)).toEqual({ value: 'Won' });
    expect(valueFromText('b, a, b', tags)).toEqual({ value: ['b', 'a'] });
    expect(valueFromText('45%', probability)).toEqual({ value: 0.45 });
    expect(valueFromText('yes', done)).toEqual({ value: true });
    expect(valueFromText('', done)).toEqual({ value: false });
    expect(valueFromText('2025-03-31', close)).toEqual({ value: '2025-03-31' });
    expect(valueFromText('March 31, 2025', close)).toEqual({ value: '2025-03-31' });
    expect(valueFromText('  ', amount)).toEqual({ value: null });
    expect(valueFromText('Call back', field('Next Step', 'singleLineText'))).toEqual({
      value: 'Call back',
    });
  });

  it('says which text cannot go in which field, and why', () => {
    expect(valueFromText('a lot', amount)).toEqual({
      error: '“a lot” cannot go in Amount: enter a number, like 1200 or 12.5.',
    });
    expect(valueFromText('Maybe', stage)).toEqual({
      error: '“Maybe” cannot go in Stage: it is not one of its options.',
    });
    expect(valueFromText('a, c', tags)).toEqual({ error: '“c” is not an option of Tags.' });
    expect(valueFromText('perhaps', done)).toEqual({
      error: '“perhaps” cannot go in Done: use yes or no.',
    });
    expect(valueFromText('x', field('Total', 'formula', { result: { type: 'number' } }))).toEqual({
      error: 'Total is computed by Airtable.',
    });
  });

  it('reads back what a copied cell holds', () => {
    for (const [value, f] of [
      [125000, amount],
      ['Won', stage],
      [['a', 'b'], tags],
      [0.45, probability],
      [true, done],
      ['2025-03-31', close],
    ] as const)
      expect(valueFromText(textOfValue(value, f), f)).toEqual({ value });
  });

  it('marks links, files, people and computed fields read-only in the grid', () => {
    expect(readOnlyReason(field('Company', 'multipleRecordLinks'))).toMatch(/links to records/);
    expect(readOnlyReason(field('Name', 'singleLineText'))).toBeNull();
  });
});

describe('TSV', () => {
  it('round-trips cells with tabs, newlines and quotes', () => {
    const rows = [
      ['a', 'b\tc', 'say "hi"'],
      ['line 1\nline 2', '', 'z'],
    ];
    expect(parseTsv(toTsv(rows))).toEqual(rows);
  });

  it('reads a spreadsheet’s block, ignoring the trailing newline', () => {
    expect(parseTsv('1\t2\t3\r\n4\t5\t6\r\n')).toEqual([
      ['1', '2', '3'],
      ['4', '5', '6'],
    ]);
  });
});
