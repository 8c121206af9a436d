import { describe, expect, it } from 'vitest';
import { toTableMeta } from '../src/lib/graphql/airtable.ts';
import { toRecordNode } from '../src/lib/graphql/records.ts';
import { jsonObject } from '../src/lib/graphql/scalars.ts';

describe('JSON values read as objects', () => {
  it('keeps an object and refuses arrays, text, numbers and null', () => {
    expect(jsonObject({ Name: 'Acme' })).toEqual({ Name: 'Acme' });
    for (const value of [['a'], 'text', 12, true, null, undefined])
      expect(jsonObject(value)).toBe(null);
  });

  it('gives a record whose fields are not an object no cells, rather than failing the page', () => {
    const record = { id: 'rec1', createdTime: '2025-01-01T00:00:00.000Z' };
    expect(toRecordNode({ ...record, fields: { Name: 'Acme' } }).fields).toEqual({ Name: 'Acme' });
    expect(toRecordNode({ ...record, fields: 'Acme' }).fields).toEqual({});
  });

  it('reads each field’s options as an object, or none', () => {
    const table = toTableMeta({
      id: 'tbl1',
      name: 'Deals',
      description: null,
      recordCount: 0,
      primaryField: { id: 'fld1', name: 'Name' },
      views: [],
      fields: [
        { id: 'fld1', name: 'Name', type: 'singleLineText', description: null, options: null },
        {
          id: 'fld2',
          name: 'Stage',
          type: 'singleSelect',
          description: null,
          options: { choices: [] },
        },
        { id: 'fld3', name: 'Odd', type: 'number', description: null, options: [1, 2] },
      ],
    });
    expect(table.fields.map((f) => f.options)).toEqual([null, { choices: [] }, null]);
  });
});
