import { compileFormula, matchesFilter, type FieldSchema } from '@pyairtable/formula';
import { describe, expect, it } from 'vitest';
import {
  filterFormula,
  fieldRef,
  quoteString,
  recordIdsFormula,
  type Condition,
} from '../src/lib/formula.ts';

// The builder's formulas are run by the platform's own formula engine, on records like the
// Demo CRM's, so a formula that parses but filters wrongly fails here.
const fields = [
  { id: 'fldName', name: 'Name', type: 'singleLineText', options: null },
  {
    id: 'fldStage',
    name: 'Stage',
    type: 'singleSelect',
    options: { choices: [{ name: 'Won' }, { name: 'Lost' }] },
  },
  { id: 'fldAmount', name: 'Amount', type: 'currency', options: { precision: 0, symbol: '$' } },
  { id: 'fldProb', name: 'Probability', type: 'percent', options: { precision: 0 } },
  { id: 'fldClose', name: 'Close Date', type: 'date', options: { dateFormat: { name: 'iso' } } },
  {
    id: 'fldTags',
    name: 'Tags',
    type: 'multipleSelects',
    options: { choices: [{ name: 'Finance' }, { name: 'Finance Ops' }] },
  },
  { id: 'fldNews', name: 'Newsletter', type: 'checkbox', options: null },
  { id: 'fldOdd', name: "Odd {name}'s", type: 'singleLineText', options: null },
  { id: 'fldCycle', name: 'Sales Cycle', type: 'duration', options: { durationFormat: 'h:mm' } },
];
const records = [
  {
    id: 'rec1',
    createdTime: '2025-01-01T00:00:00.000Z',
    fields: {
      Name: 'Atlas Software – Pilot',
      Stage: 'Won',
      Amount: 5000,
      Probability: 1,
      'Close Date': '2025-01-24',
      Tags: ['Finance'],
      Newsletter: true,
      "Odd {name}'s": "it's",
      'Sales Cycle': 5400,
    },
  },
  {
    id: 'rec2',
    createdTime: '2025-01-01T00:00:00.000Z',
    fields: {
      Name: 'Nimbus Labs',
      Stage: 'Lost',
      Amount: 137000,
      Probability: 0.25,
      'Close Date': '2025-03-01',
      Tags: ['Finance Ops'],
    },
  },
  {
    id: 'rec3',
    createdTime: '2025-01-01T00:00:00.000Z',
    fields: { Name: 'atlas capital', Amount: 0 },
  },
];
const schema = fields.map((f) => ({
  id: f.id,
  name: f.name,
  type: f.type,
  options: f.options ?? undefined,
})) as FieldSchema[];

function matching(conditions: Condition[], conjunction: 'AND' | 'OR' = 'AND'): string[] {
  const result = filterFormula({ conjunction, conditions }, fields);
  if ('error' in result) throw new Error(result.error);
  if (!result.formula) return records.map((r) => r.id);
  const formula = compileFormula(result.formula, { fields: schema });
  return records
    .filter((r) => matchesFilter(formula, r, { now: new Date('2025-02-01T00:00:00Z') }))
    .map((r) => r.id);
}

describe('the filter builder', () => {
  it('matches text case-insensitively with contains, is and is not', () => {
    expect(matching([{ field: 'fldName', operator: 'contains', value: 'ATLAS' }])).toEqual([
      'rec1',
      'rec3',
    ]);
    expect(matching([{ field: 'fldName', operator: 'notContains', value: 'atlas' }])).toEqual([
      'rec2',
    ]);
    expect(matching([{ field: 'fldName', operator: 'is', value: 'Atlas Capital' }])).toEqual([
      'rec3',
    ]);
    expect(matching([{ field: 'fldName', operator: 'isNot', value: 'nimbus labs' }])).toEqual([
      'rec1',
      'rec3',
    ]);
  });

  it('compares numbers, reading percents as percents and durations as h:mm', () => {
    expect(matching([{ field: 'fldAmount', operator: 'gt', value: '$1,000' }])).toEqual([
      'rec1',
      'rec2',
    ]);
    expect(matching([{ field: 'fldProb', operator: 'gte', value: '50' }])).toEqual(['rec1']);
    expect(matching([{ field: 'fldCycle', operator: 'eq', value: '1:30' }])).toEqual(['rec1']);
  });

  it('tells an empty number apart from zero', () => {
    expect(matching([{ field: 'fldAmount', operator: 'isEmpty', value: '' }])).toEqual([]);
    expect(matching([{ field: 'fldProb', operator: 'isEmpty', value: '' }])).toEqual(['rec3']);
    expect(matching([{ field: 'fldAmount', operator: 'eq', value: '0' }])).toEqual(['rec3']);
  });

  it('matches select options exactly, and whole options of multiple selects', () => {
    expect(matching([{ field: 'fldStage', operator: 'is', value: 'Won' }])).toEqual(['rec1']);
    expect(matching([{ field: 'fldStage', operator: 'isNot', value: 'Won' }])).toEqual([
      'rec2',
      'rec3',
    ]);
    expect(matching([{ field: 'fldTags', operator: 'hasAny', value: 'Finance' }])).toEqual([
      'rec1',
    ]);
    expect(matching([{ field: 'fldTags', operator: 'hasNone', value: 'Finance' }])).toEqual([
      'rec2',
      'rec3',
    ]);
  });

  it('compares dates by day and reads checkboxes', () => {
    expect(matching([{ field: 'fldClose', operator: 'before', value: '2025-02-01' }])).toEqual([
      'rec1',
    ]);
    expect(matching([{ field: 'fldClose', operator: 'on', value: '2025-03-01' }])).toEqual([
      'rec2',
    ]);
    expect(matching([{ field: 'fldNews', operator: 'checked', value: '' }])).toEqual(['rec1']);
    expect(matching([{ field: 'fldNews', operator: 'unchecked', value: '' }])).toEqual([
      'rec2',
      'rec3',
    ]);
  });

  it('combines conditions with AND or OR', () => {
    const won = { field: 'fldStage', operator: 'is', value: 'Won' } as const;
    const big = { field: 'fldAmount', operator: 'gt', value: '100000' } as const;
    expect(matching([won, big], 'AND')).toEqual([]);
    expect(matching([won, big], 'OR')).toEqual(['rec1', 'rec2']);
  });

  it('escapes quotes, backslashes and braces in values and field names', () => {
    expect(matching([{ field: 'fldOdd', operator: 'is', value: "it's" }])).toEqual(['rec1']);
    expect(quoteString("a'b\\c")).toBe("'a\\'b\\\\c'");
    expect(fieldRef('a}b')).toBe('{a\\}b}');
  });

  it('says in words what is wrong instead of sending a broken formula', () => {
    expect(
      filterFormula(
        { conjunction: 'AND', conditions: [{ field: 'fldAmount', operator: 'gt', value: 'lots' }] },
        fields,
      ),
    ).toEqual({
      error: '"lots" is not a number.',
    });
    expect(
      filterFormula(
        {
          conjunction: 'AND',
          conditions: [{ field: 'fldName', operator: 'contains', value: ' ' }],
        },
        fields,
      ),
    ).toEqual({
      error: 'Enter a value for "Name".',
    });
    expect(
      filterFormula(
        { conjunction: 'AND', conditions: [{ field: 'fldGone', operator: 'isEmpty', value: '' }] },
        fields,
      ),
    ).toEqual({
      error: 'The field "fldGone" no longer exists.',
    });
  });

  it('looks records up by id', () => {
    const formula = compileFormula(recordIdsFormula(['rec2', 'rec3']), { fields: schema });
    expect(
      records.filter((r) => matchesFilter(formula, r, { now: new Date() })).map((r) => r.id),
    ).toEqual(['rec2', 'rec3']);
  });
});
