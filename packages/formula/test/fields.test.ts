import { describe, expect, it } from 'vitest';
import { compileFormula, type FieldSchema } from '../src/index.ts';
import { makeRecord, NOW, run, show } from './helpers.ts';

const schema: FieldSchema[] = [
  { id: 'fldName', name: 'Name', type: 'singleLineText' },
  { id: 'fldAmount', name: 'Amount', type: 'currency' },
  { id: 'fldDone', name: 'Done', type: 'checkbox' },
  { id: 'fldTags', name: 'Tags', type: 'multipleSelects' },
  { id: 'fldDue', name: 'Due', type: 'date' },
  { id: 'fldSeen', name: 'Seen', type: 'dateTime' },
  { id: 'fldOwner', name: 'Owner', type: 'singleCollaborator' },
  { id: 'fldTeam', name: 'Team', type: 'multipleCollaborators' },
  { id: 'fldFiles', name: 'Files', type: 'multipleAttachments' },
  { id: 'fldLinks', name: 'Company', type: 'multipleRecordLinks' },
  {
    id: 'fldDates',
    name: 'Meeting Dates',
    type: 'multipleLookupValues',
    options: { result: { type: 'date' } },
  },
  { id: 'fldTotal', name: 'Total', type: 'rollup', options: { result: { type: 'number' } } },
  { id: 'fldNext', name: 'Next', type: 'formula', options: { result: { type: 'dateTime' } } },
  { id: 'fldCode', name: 'Code', type: 'barcode' },
  { id: 'fldOpen', name: 'Open', type: 'button' },
  { id: 'fldCreated', name: 'Created', type: 'createdTime' },
  { id: 'fldCount', name: 'Count', type: 'number' },
  { id: 'fldSummary', name: 'Summary', type: 'richText' },
];

const cells = {
  Name: 'Ada',
  Amount: 1250.5,
  Done: true,
  Tags: ['vip', 'renewal'],
  Due: '2024-03-10',
  Seen: '2024-03-14T09:30:00.000Z',
  Owner: { id: 'usr1', email: 'ada@example.com', name: 'Ada Admin' },
  Team: [
    { id: 'usr1', email: 'a@example.com', name: 'Ann' },
    { id: 'usr2', email: 'b@example.com', name: 'Bob' },
  ],
  Files: [{ id: 'att1', filename: 'plan.pdf', url: 'https://files.example/plan.pdf' }],
  Company: ['recCOMPANY1', 'recCOMPANY2'],
  'Meeting Dates': ['2024-03-01', '2024-03-20'],
  Total: 42,
  Next: '2024-04-01T08:00:00.000Z',
  Code: { text: '12345', type: 'upce' },
  Open: { label: 'Open site', url: 'https://example.com' },
  Created: '2024-01-02T03:04:05.000Z',
  Count: '12',
};

describe('cells are converted by the field type in the schema', () => {
  it.each([
    ['Name & "!"', 'Ada!'],
    ['Amount * 2', 2501],
    ['Done', true],
    ['IF(Done, "yes", "no")', 'yes'],
    ['Tags', ['vip', 'renewal']],
    ['Tags = "vip, renewal"', true],
    ['Due', '2024-03-10T00:00:00.000Z'],
    ['Due & ""', '2024-03-10T00:00:00.000Z'],
    ['DATETIME_FORMAT(Due, "M/D")', '3/10'],
    ['Due < "2024-03-11"', true],
    ['IS_AFTER(Seen, Due)', true],
    ['DATETIME_DIFF(Seen, Due, "hours")', 105],
    ['Owner', 'Ada Admin'],
    ['Team', ['Ann', 'Bob']],
    ['Team & ""', 'Ann, Bob'],
    ['Files & ""', 'plan.pdf (https://files.example/plan.pdf)'],
    ['Company', ['recCOMPANY1', 'recCOMPANY2']],
    ['{Meeting Dates}', ['2024-03-01T00:00:00.000Z', '2024-03-20T00:00:00.000Z']],
    ['MAX({Meeting Dates})', '2024-03-20T00:00:00.000Z'],
    ['Total + 1', 43],
    ['IS_BEFORE(NOW(), Next)', true],
    ['Code', '12345'],
    ['Open', 'Open site'],
    ['YEAR(Created)', 2024],
    ['Count + 1', 13],
  ])('%s gives %j', (source, expected) => {
    expect(run(source, cells, {}, schema)).toEqual(expected);
  });
});

describe('empty and odd cells', () => {
  it.each([
    ['NOT(Done)', true],
    ['Done = 0', true],
    ['Done = FALSE()', true],
    ['Amount = 0', true],
    ['Amount + 1', 1],
    ['Tags = BLANK()', true],
    ['ISERROR(Due)', false],
    ['Due', null],
    ['Name = ""', true],
  ])('with every cell empty, %s gives %j', (source, expected) => {
    expect(run(source, {}, {}, schema)).toEqual(expected);
  });

  it('turns an unreadable date cell into an error value', () => {
    expect(run('ISERROR(Due)', { Due: 'someday' }, {}, schema)).toBe(true);
  });

  it('keeps a date cell as text when no schema is given, while date functions still parse it', () => {
    expect(run('Due & ""', { Due: '2024-03-10' })).toBe('2024-03-10');
    expect(run('IS_AFTER(Due, "2024-03-01")', { Due: '2024-03-10' })).toBe(true);
  });

  it('shows linked records by name when the cell carries names', () => {
    const links = [
      { id: 'recA', name: 'Acme' },
      { id: 'recB', name: 'Globex' },
    ];
    expect(run('Company & ""', { Company: links }, {}, schema)).toBe('Acme, Globex');
  });
});

describe('fields are found by name or by id', () => {
  it('reads a cell keyed by field id when the record uses ids', () => {
    expect(run('{Amount} * 2', { fldAmount: 10 }, {}, schema)).toBe(20);
  });

  it('resolves a reference written as a field id to the field', () => {
    expect(run('{fldAmount} + 1', { Amount: 10 }, {}, schema)).toBe(11);
  });

  it('does not mistake Object.prototype members for cells', () => {
    expect(run('constructor & toString', {})).toBe('');
  });

  it('prefers the field name over an id that happens to match', () => {
    const odd: FieldSchema[] = [
      { id: 'fldA', name: 'fldB', type: 'number' },
      { id: 'fldB', name: 'Other', type: 'number' },
    ];
    expect(run('{fldB}', { fldB: 1, Other: 2 }, {}, odd)).toBe(1);
  });

  it('attaches the schema to field nodes of the compiled tree', () => {
    const compiled = compileFormula('{fldAmount} > 1', { fields: schema });
    expect(compiled.ast).toMatchObject({
      kind: 'binary',
      left: {
        kind: 'field',
        name: 'fldAmount',
        field: { id: 'fldAmount', name: 'Amount', type: 'currency' },
      },
    });
  });
});

describe('record functions', () => {
  it.each([
    ['RECORD_ID()', {}, 'recTEST0000000001'],
    ['CREATED_TIME()', {}, '2024-01-02T03:04:05.000Z'],
    ['LAST_MODIFIED_TIME()', {}, '2024-01-02T03:04:05.000Z'],
    [
      'LAST_MODIFIED_TIME()',
      { lastModifiedTime: '2024-03-01T00:00:00.000Z' },
      '2024-03-01T00:00:00.000Z',
    ],
    [
      'LAST_MODIFIED_TIME({Name})',
      { lastModifiedTime: '2024-03-01T00:00:00.000Z' },
      '2024-03-01T00:00:00.000Z',
    ],
    [
      'CREATED_TIME()',
      { createdTime: new Date('2023-05-06T07:08:09.000Z') },
      '2023-05-06T07:08:09.000Z',
    ],
    ['DATETIME_DIFF(NOW(), CREATED_TIME(), "days")', {}, 73],
    ['IS_AFTER(CREATED_TIME(), "2024-01-01")', {}, true],
    ['RECORD_ID() = "recTEST0000000001"', {}, true],
    ['CREATED_TIME()', { createdTime: 'garbage' }, '#ERROR!'],
  ])('%s on a record with %j gives %j', (source, extra, expected) => {
    const compiled = compileFormula(source, { fields: schema });
    expect(show(compiled.evaluate(makeRecord({}, extra), { now: NOW }))).toEqual(expected);
  });
});

describe('LAST_MODIFIED_TIME of fields reads when those fields were written', () => {
  const times = {
    fieldModifiedTimes: {
      Name: '2024-03-01T00:00:00.000Z',
      fldAmount: new Date('2024-03-05T00:00:00.000Z'),
      Done: '2024-02-01T00:00:00.000Z',
    },
    lastModifiedTime: '2024-03-10T00:00:00.000Z',
  };

  it.each([
    ['LAST_MODIFIED_TIME({Name})', '2024-03-01T00:00:00.000Z'],
    ['LAST_MODIFIED_TIME({Amount})', '2024-03-05T00:00:00.000Z'],
    ['LAST_MODIFIED_TIME({Name}, {Amount}, {Done})', '2024-03-05T00:00:00.000Z'],
    ['LAST_MODIFIED_TIME({Done}, {Name})', '2024-03-01T00:00:00.000Z'],
    ['LAST_MODIFIED_TIME({Tags})', null],
    ['LAST_MODIFIED_TIME({Tags}, {Done})', '2024-02-01T00:00:00.000Z'],
    ['LAST_MODIFIED_TIME()', '2024-03-10T00:00:00.000Z'],
    ['IS_AFTER(LAST_MODIFIED_TIME({Amount}), LAST_MODIFIED_TIME({Name}))', true],
  ])('%s gives %j', (source, expected) => {
    const compiled = compileFormula(source, { fields: schema });
    expect(show(compiled.evaluate(makeRecord({}, times), { now: NOW }))).toEqual(expected);
  });

  it('reports an unreadable field time as an error', () => {
    const compiled = compileFormula('LAST_MODIFIED_TIME({Name})', { fields: schema });
    const record = makeRecord({}, { fieldModifiedTimes: { Name: 'garbage' } });
    expect(show(compiled.evaluate(record, { now: NOW }))).toBe('#ERROR!');
  });
});

describe('rich text cells reach formulas as their plain text', () => {
  // The example of Airtable's "Markdown rich text output in the API" article.
  const markdown =
    '## Heading 1\n> Learn more with this [hyperlink](https://airtable.com/) in this quote box\n\n' +
    'Bullet points below\n- This is some *italic* text and some `code`.\n' +
    '- And even **bold** and ~~strickethrough~~ text\n\n## Heading 2\n```Oooh! A code block.\n```\n' +
    '### Heading 3\n1. dfsdf\n2. dsfds\n\nCheckboxes\n[x] Do this\n[ ] And this\n\n\n';
  const plain =
    'Heading 1\nLearn more with this hyperlink in this quote box\nBullet points below\n' +
    '- This is some italic text and some code.\n- And even bold and strickethrough text\n' +
    'Heading 2\nOooh! A code block.\nHeading 3\n1. dfsdf\n2. dsfds\nCheckboxes\n[x] Do this\n' +
    '[ ] And this\n';

  it('drops the Markdown of the reference example, keeping lists and checkboxes', () => {
    expect(run('Summary', { Summary: markdown }, {}, schema)).toBe(plain);
  });

  it.each([
    ['**Due** _soon_, see [the plan](https://x.example)\n', 'Due soon, see the plan\n'],
    ['snake_case stays, \\*escaped\\* stays\n', 'snake_case stays, *escaped* stays\n'],
    ['\\# not a heading\n', '# not a heading\n'],
    ['* a list item\n', '* a list item\n'],
  ])('reads %j as %j', (cell, expected) => {
    expect(run('Summary', { Summary: cell }, {}, schema)).toBe(expected);
  });

  it('compares and searches the plain text', () => {
    expect(run('FIND("bold", Summary) > 0', { Summary: '**bold**\n' }, {}, schema)).toBe(true);
    expect(run('Summary = "bold\\n"', { Summary: '**bold**\n' }, {}, schema)).toBe(true);
    expect(run('LEN(Summary)', {}, {}, schema)).toBe(0);
  });

  it('keeps the Markdown when no schema says the field is rich text', () => {
    expect(run('Summary', { Summary: '**bold**\n' })).toBe('**bold**\n');
  });
});
