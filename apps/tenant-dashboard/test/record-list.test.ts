import { describe, expect, it } from 'vitest';
import type { RecordNode } from '../src/lib/graphql/records.ts';
import {
  appendPage,
  EMPTY_LIST,
  nextCursor,
  patchFields,
  removeRecord,
  rowCount,
  upsertRecord,
} from '../src/lib/record-list.ts';

const record = (n: number, fields: Record<string, unknown> = { Name: `R${n}` }): RecordNode => ({
  id: `rec${n}`,
  createdTime: '2025-01-01T00:00:00.000Z',
  fields,
});
// Cursors as positions, as the airtable subgraph makes them (opaque to the dashboard).
const page = (from: number, to: number, total: number) => ({
  edges: Array.from({ length: to - from }, (_, i) => ({
    cursor: `c${from + i}`,
    node: record(from + i),
  })),
  totalCount: total,
  hasNextPage: to < total,
});

describe('the grid’s record list', () => {
  it('grows page by page, with placeholders for the rows still to come', () => {
    let list = appendPage(EMPTY_LIST, page(0, 100, 250));
    expect(rowCount(list)).toBe(250);
    expect(nextCursor(list)).toBe('c99');
    list = appendPage(list, page(100, 200, 250));
    list = appendPage(list, page(200, 250, 250));
    expect(list.records).toHaveLength(250);
    expect(rowCount(list)).toBe(250);
    expect(list.hasNextPage).toBe(false);
  });

  it('skips a record it already has when positions shift after a creation', () => {
    let list = appendPage(EMPTY_LIST, page(0, 3, 6));
    // rec3 is now one position earlier on the server: the next page repeats rec2.
    list = appendPage(list, {
      edges: [
        { cursor: 'c3', node: record(2) },
        { cursor: 'c4', node: record(3) },
      ],
      totalCount: 6,
      hasNextPage: true,
    });
    expect(list.records.map((r) => r.id)).toEqual(['rec0', 'rec1', 'rec2', 'rec3']);
  });

  it('starts the next page earlier after a loaded record was deleted, so none is skipped', () => {
    let list = appendPage(EMPTY_LIST, page(0, 4, 10));
    list = removeRecord(list, 'rec1', true);
    expect(list.totalCount).toBe(9);
    // rec4 moved to position 3 on the server: asking after c2 (not c3) still gets it.
    expect(nextCursor(list)).toBe('c2');
    list = appendPage(list, page(3, 5, 9));
    expect(nextCursor(list)).toBe('c4');
  });

  it('puts a record created elsewhere on top and replaces an updated one in place', () => {
    let list = appendPage(EMPTY_LIST, page(0, 2, 2));
    list = upsertRecord(list, record(9));
    expect(list.records.map((r) => r.id)).toEqual(['rec9', 'rec0', 'rec1']);
    expect(list.totalCount).toBe(3);
    list = upsertRecord(list, record(0, { Name: 'Renamed' }));
    expect(list.records[1]!.fields.Name).toBe('Renamed');
    expect(list.totalCount).toBe(3);
  });

  it('applies an edit at once and drops emptied cells, as Airtable omits them', () => {
    let list = appendPage(EMPTY_LIST, page(0, 1, 1));
    list = patchFields(list, 'rec0', { Name: 'New', Stage: 'Won' });
    expect(list.records[0]!.fields).toEqual({ Name: 'New', Stage: 'Won' });
    list = patchFields(list, 'rec0', { Stage: null, Name: '' });
    expect(list.records[0]!.fields).toEqual({});
  });

  it('counts a deletion once when it is heard again from the live stream', () => {
    let list = appendPage(EMPTY_LIST, page(0, 3, 3));
    list = removeRecord(list, 'rec1', true);
    list = removeRecord(list, 'rec1', true);
    expect(list.totalCount).toBe(2);
    expect(list.records.map((r) => r.id)).toEqual(['rec0', 'rec2']);
  });

  it('counts a deletion it did not load only when the list is the whole table', () => {
    const list = appendPage(EMPTY_LIST, page(0, 2, 5));
    expect(removeRecord(list, 'rec4', true).totalCount).toBe(4);
    expect(removeRecord(list, 'rec4', false).totalCount).toBe(5);
  });
});
