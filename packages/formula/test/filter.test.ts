import { describe, expect, it } from 'vitest';
import {
  compileFormula,
  matchesFilter,
  referencedFields,
  type FieldSchema,
  type FormulaRecord,
} from '../src/index.ts';
import { NOW } from './helpers.ts';

const fields: FieldSchema[] = [
  { id: 'fldName', name: 'Name', type: 'singleLineText' },
  { id: 'fldCompany', name: 'Company', type: 'singleLineText' },
  { id: 'fldStatus', name: 'Status', type: 'singleSelect' },
  { id: 'fldAmount', name: 'Amount', type: 'currency' },
  { id: 'fldTags', name: 'Tags', type: 'multipleSelects' },
  { id: 'fldClose', name: 'Close Date', type: 'date' },
  { id: 'fldActive', name: 'Active', type: 'checkbox' },
];

const records: FormulaRecord[] = [
  {
    id: 'rec1',
    createdTime: '2024-01-01T00:00:00.000Z',
    fields: {
      Name: 'Ada',
      Company: 'Acme Corp',
      Status: 'Active',
      Amount: 9000,
      Tags: ['vip'],
      'Close Date': '2024-03-20',
      Active: true,
    },
  },
  {
    id: 'rec2',
    createdTime: '2024-02-01T00:00:00.000Z',
    fields: {
      Name: 'Bob',
      Company: 'Globex',
      Status: 'Inactive',
      Amount: 100,
      Tags: [],
      'Close Date': '2024-01-05',
    },
  },
  {
    id: 'rec3',
    createdTime: '2024-03-01T00:00:00.000Z',
    fields: { Name: 'Cy', Company: 'acme labs', Status: 'Active', Tags: ['smb', 'vip'] },
  },
  { id: 'rec4', createdTime: '2024-03-10T00:00:00.000Z', fields: {} },
];

function matching(source: string): string[] {
  const compiled = compileFormula(source, { fields });
  return records.filter((r) => matchesFilter(compiled, r, { now: NOW })).map((r) => r.id);
}

describe('filterByFormula keeps records whose result is truthy', () => {
  it.each([
    ['{Status} = "Active"', ['rec1', 'rec3']],
    ['{Status} != "Active"', ['rec2', 'rec4']],
    ['AND({Status} = "Active", {Amount} > 5000)', ['rec1']],
    ['OR({Amount} > 5000, {Company} = "Globex")', ['rec1', 'rec2']],
    ['{Amount}', ['rec1', 'rec2']],
    ['NOT({Amount})', ['rec3', 'rec4']],
    ['{Amount} = BLANK()', ['rec3', 'rec4']],
    ['{Amount} < 500', ['rec2', 'rec3', 'rec4']],
    ['FIND("acme", LOWER({Company}))', ['rec1', 'rec3']],
    ['FIND("Acme", {Company}) > 0', ['rec1']],
    ['SEARCH("lab", {Company})', ['rec3']],
    ['REGEX_MATCH({Company}, "(?i)^acme")', ['rec1', 'rec3']],
    ['FIND("vip", ARRAYJOIN({Tags}, ","))', ['rec1', 'rec3']],
    ['{Tags}', ['rec1', 'rec3']],
    ['{Tags} = "vip"', ['rec1']],
    ['IS_AFTER({Close Date}, TODAY())', ['rec1']],
    ['IS_BEFORE({Close Date}, TODAY())', ['rec2']],
    ['{Close Date} < TODAY()', ['rec2']],
    ['DATETIME_DIFF({Close Date}, TODAY(), "days") <= 7', ['rec1', 'rec2']],
    ['IS_SAME({Close Date}, "2024-03-01", "month")', ['rec1']],
    ['{Active}', ['rec1']],
    ['{Active} = TRUE()', ['rec1']],
    ['{Active} = FALSE()', ['rec2', 'rec3', 'rec4']],
    ['RECORD_ID() = "rec2"', ['rec2']],
    ['IS_AFTER(CREATED_TIME(), "2024-02-15")', ['rec3', 'rec4']],
    ['{Name} & "" = ""', ['rec4']],
    ['LEN({Name}) = 3', ['rec1', 'rec2']],
    ['{Amount} / 0', []],
    ['IF({Amount}, {Amount} / 0 > 1, TRUE())', ['rec3', 'rec4']],
    ['ISERROR({Amount} / 0)', ['rec1', 'rec2', 'rec3', 'rec4']],
    ['"text"', ['rec1', 'rec2', 'rec3', 'rec4']],
    ['0', []],
    ['SWITCH({Status}, "Active", 1, "Inactive", 0)', ['rec1', 'rec3']],
  ])('%s keeps %j', (source, expected) => {
    expect(matching(source)).toEqual(expected);
  });

  it('gives the same answers when a compiled formula is reused across many records', () => {
    const compiled = compileFormula('AND({Status} = "Active", FIND("vip", ARRAYJOIN({Tags})))', {
      fields,
    });
    const first = records.map((r) => matchesFilter(compiled, r, { now: NOW }));
    const second = records.map((r) => matchesFilter(compiled, r, { now: NOW }));
    expect(first).toEqual([true, false, true, false]);
    expect(second).toEqual(first);
  });
});

describe('referencedFields lists the fields a formula reads', () => {
  it.each([
    ['{Status} = "Active"', ['Status']],
    ['AND({Amount} > 1, Status, {Amount} < 9)', ['Amount', 'Status']],
    ['{fldAmount} > 0', ['Amount']],
    ['AND(TRUE, FALSE(), RECORD_ID())', []],
    ['IF({Close Date}, DATETIME_FORMAT({Close Date}, "YYYY"), {Name})', ['Close Date', 'Name']],
    ['1 + 2', []],
  ])('%s reads %j', (source, expected) => {
    const compiled = compileFormula(source, { fields });
    expect(referencedFields(compiled)).toEqual(expected);
  });

  it('lists names as written when no schema is given', () => {
    expect(referencedFields(compileFormula('{A} & B & {A}'))).toEqual(['A', 'B']);
  });

  it('returns a copy the caller may change', () => {
    const compiled = compileFormula('{Name}', { fields });
    referencedFields(compiled).push('Other');
    expect(referencedFields(compiled)).toEqual(['Name']);
  });
});
