import { describe, expect, it } from 'vitest';
import type { FieldMeta, TableMeta } from '../src/lib/graphql/airtable.ts';
import { moveActive } from '../src/lib/grid-navigation.ts';
import { changedValues, recordChanges } from '../src/lib/record-changes.ts';
import { toggledSort } from '../src/lib/use-saved-query.ts';
import { linkTargets } from '../src/lib/use-table-links.ts';

const field = (name: string, type: string, options: Record<string, unknown> | null = null) =>
  ({ id: `fld${name}`, name, type, description: null, options }) as FieldMeta;

describe('moving the grid’s active cell with the keyboard', () => {
  const size = { rows: 50, cols: 6, page: 10 };

  it('moves one cell with the arrows and a page with PageUp and PageDown', () => {
    expect(moveActive({ row: 3, col: 2 }, { key: 'ArrowDown' }, size)).toEqual({ row: 4, col: 2 });
    expect(moveActive({ row: 3, col: 2 }, { key: 'ArrowLeft' }, size)).toEqual({ row: 3, col: 1 });
    expect(moveActive({ row: 3, col: 2 }, { key: 'PageDown' }, size)).toEqual({ row: 13, col: 2 });
    expect(moveActive({ row: 3, col: 2 }, { key: 'PageUp' }, size)).toEqual({ row: 0, col: 2 });
  });

  it('goes to the row’s ends with Home and End, and the grid’s with Ctrl or ⌘', () => {
    expect(moveActive({ row: 7, col: 3 }, { key: 'Home' }, size)).toEqual({ row: 7, col: 0 });
    expect(moveActive({ row: 7, col: 3 }, { key: 'End' }, size)).toEqual({ row: 7, col: 5 });
    expect(moveActive({ row: 7, col: 3 }, { key: 'Home', ctrlKey: true }, size)).toEqual({
      row: 0,
      col: 0,
    });
    expect(moveActive({ row: 7, col: 3 }, { key: 'End', metaKey: true }, size)).toEqual({
      row: 49,
      col: 5,
    });
  });

  it('stays inside the grid, and leaves other keys to the page', () => {
    expect(moveActive({ row: 49, col: 5 }, { key: 'ArrowDown' }, size)).toEqual({
      row: 49,
      col: 5,
    });
    expect(moveActive({ row: 0, col: 0 }, { key: 'ArrowUp' }, size)).toEqual({ row: 0, col: 0 });
    expect(moveActive({ row: 0, col: 0 }, { key: 'ArrowDown' }, { ...size, rows: 0 })).toEqual({
      row: 0,
      col: 0,
    });
    expect(moveActive({ row: 2, col: 2 }, { key: 'a' }, size)).toBe(null);
    expect(moveActive({ row: 2, col: 2 }, { key: 'Enter' }, size)).toBe(null);
  });
});

describe('sorting by a column’s header', () => {
  it('sorts ascending, then descending, then not at all, by one column at a time', () => {
    const stage = { name: 'Stage' };
    expect(toggledSort([], stage)).toEqual([{ field: 'Stage', direction: 'ASC' }]);
    expect(toggledSort([{ field: 'Stage', direction: 'ASC' }], stage)).toEqual([
      { field: 'Stage', direction: 'DESC' },
    ]);
    expect(toggledSort([{ field: 'Stage', direction: 'DESC' }], stage)).toEqual([]);
    expect(
      toggledSort(
        [
          { field: 'Amount', direction: 'DESC' },
          { field: 'Name', direction: 'ASC' },
        ],
        stage,
      ),
    ).toEqual([{ field: 'Stage', direction: 'ASC' }]);
  });
});

describe('the record drawer’s changes', () => {
  const fields = [field('Name', 'singleLineText'), field('Amount', 'number', { precision: 0 })];

  it('keeps only edits that differ from the record, with the reason one cannot be sent', () => {
    const changes = recordChanges({ Name: 'Acme', Amount: 'a lot', Gone: 'x' }, fields, {
      Name: 'Acme',
      Amount: 5,
    });
    expect(Object.keys(changes)).toEqual(['Amount']);
    expect(changes.Amount).toHaveProperty('error');
  });

  it('sends the parsed values of the valid edits', () => {
    const changes = recordChanges({ Name: 'Acme Inc', Amount: '1200' }, fields, { Name: 'Acme' });
    expect(changedValues(changes)).toEqual({ Name: 'Acme Inc', Amount: 1200 });
  });
});

describe('linked records to name', () => {
  const companies = {
    id: 'tblCompanies',
    primaryField: { id: 'fldName', name: 'Name' },
  } as TableMeta;
  const company = field('Company', 'multipleRecordLinks', { linkedTableId: 'tblCompanies' });
  const orphan = field('Lost', 'multipleRecordLinks', { linkedTableId: 'tblGone' });
  const record = (id: string, fields: Record<string, unknown>) => ({
    id,
    createdTime: '2025-01-01T00:00:00.000Z',
    fields,
  });

  it('collects each linked table’s ids once, sorted, from the records shown', () => {
    const targets = linkTargets(
      [company, orphan],
      [companies],
      [
        record('rec1', { Company: ['recB', 'recA'], Lost: ['recX'] }),
        record('rec2', { Company: ['recA'] }),
        record('rec3', {}),
      ],
    );
    expect(targets).toEqual([
      { tableId: 'tblCompanies', primaryField: 'Name', ids: ['recA', 'recB'] },
    ]);
  });

  it('asks for nothing when the records shown link to no record', () => {
    expect(linkTargets([company], [companies], [record('rec1', {})])).toEqual([]);
  });
});
