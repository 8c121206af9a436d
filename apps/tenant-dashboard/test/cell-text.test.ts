// Typing and pasting into grid cells: text becomes the value Airtable stores, or a reason in
// words; copied cells read back as the same values; spreadsheet TSV both ways.
import { describe, expect, it } from 'vitest';
import { readOnlyReason, textOfValue, valueFromText } from '../src/lib/cell-text.ts';
import { copyRange, planClear, planFillDown, planPaste } from '../src/lib/grid-edits.ts';
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

describe('grid blocks', () => {
  const fields = [field('Name', 'singleLineText'), amount, stage];
  const records = ['rec1', 'rec2', 'rec3'].map((id, i) => ({
    id,
    createdTime: '2025-01-01T00:00:00.000Z',
    fields: { Name: `Deal ${i + 1}`, Amount: 1000 * (i + 1), Stage: 'Won' } as Record<
      string,
      unknown
    >,
  }));
  const all = { top: 0, left: 0, bottom: 2, right: 2 };

  it('pastes a block with conversion, names what cannot convert, skips unchanged cells', () => {
    const plan = planPaste(
      'A\t$5\tLost\nB\tlots\tWon\nC\t7\tMaybe\nD\t8\tWon',
      all,
      records,
      fields,
    );
    expect(plan.edits.map((e) => [e.record.id, e.field.name, e.value])).toEqual([
      ['rec1', 'Name', 'A'],
      ['rec1', 'Amount', 5],
      ['rec1', 'Stage', 'Lost'],
      ['rec2', 'Name', 'B'],
      ['rec3', 'Name', 'C'],
      ['rec3', 'Amount', 7],
    ]);
    expect(plan.problems).toEqual([
      '“lots” cannot go in Amount: enter a number, like 1200 or 12.5.',
      '“Maybe” cannot go in Stage: it is not one of its options.',
    ]);
    expect(plan.rowsLeftOut).toBe(1);
  });

  it('fills a selected range with a single pasted value', () => {
    const plan = planPaste('Lost', { top: 0, left: 2, bottom: 2, right: 2 }, records, fields);
    expect(plan.edits.map((e) => [e.record.id, e.value])).toEqual([
      ['rec1', 'Lost'],
      ['rec2', 'Lost'],
      ['rec3', 'Lost'],
    ]);
  });

  it('copies a range as TSV that pastes back to the same values', () => {
    const text = copyRange(all, records, fields);
    expect(text).toBe('Deal 1\t1000\tWon\nDeal 2\t2000\tWon\nDeal 3\t3000\tWon');
    expect(planPaste(text, all, records, fields).edits).toEqual([]);
  });

  it('fills down from the top row of the range', () => {
    const edits = planFillDown({ top: 0, left: 1, bottom: 2, right: 2 }, records, fields);
    expect(edits.map((e) => [e.record.id, e.field.name, e.value])).toEqual([
      ['rec2', 'Amount', 1000],
      ['rec3', 'Amount', 1000],
    ]);
  });

  it('clears writable cells only', () => {
    const withFormula = [...fields, field('Score', 'formula', { result: { type: 'number' } })];
    const edits = planClear({ top: 1, left: 1, bottom: 1, right: 3 }, records, withFormula);
    expect(edits.map((e) => [e.field.name, e.value])).toEqual([
      ['Amount', null],
      ['Stage', null],
    ]);
  });
});
