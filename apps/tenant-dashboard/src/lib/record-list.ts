// The grid's records: a prefix of the table loaded page by page, kept current by live changes.
// Cursors are positions, so a change elsewhere can shift them: pages are merged by record id,
// and after removals the next page starts earlier so that no record is skipped.
import type { RecordNode } from './graphql/records.ts';

export interface RecordList {
  records: RecordNode[];
  /** The cursor of each loaded record (null for records added live). */
  cursors: (string | null)[];
  /** Records in the table (or the filtered set), as far as we know. */
  totalCount: number;
  hasNextPage: boolean;
  /** Loaded records removed since the last page came in. */
  removedSinceFetch: number;
  /** Records already removed here: the same deletion heard again (live) counts once. */
  deletedIds: readonly string[];
}

export const EMPTY_LIST: RecordList = {
  records: [],
  cursors: [],
  totalCount: 0,
  hasNextPage: true,
  removedSinceFetch: 0,
  deletedIds: [],
};

/** Rows the grid shows: every loaded record, plus placeholders for the ones still to come. */
export function rowCount(list: RecordList): number {
  return list.hasNextPage ? Math.max(list.totalCount, list.records.length) : list.records.length;
}

/** The `after` cursor for the next page (null: from the start). */
export function nextCursor(list: RecordList): string | null {
  for (let i = list.records.length - 1 - list.removedSinceFetch; i >= 0; i--) {
    const cursor = list.cursors[i];
    if (cursor) return cursor;
  }
  return null;
}

/** Adds a page, skipping records already loaded. */
export function appendPage(
  list: RecordList,
  page: {
    edges: { cursor: string; node: RecordNode }[];
    totalCount: number;
    hasNextPage: boolean;
  },
): RecordList {
  const known = new Set(list.records.map((r) => r.id));
  const records = [...list.records];
  const cursors = [...list.cursors];
  for (const edge of page.edges) {
    if (known.has(edge.node.id)) continue;
    known.add(edge.node.id);
    records.push(edge.node);
    cursors.push(edge.cursor);
  }
  return {
    ...list,
    records,
    cursors,
    totalCount: Math.max(page.totalCount, page.hasNextPage ? records.length + 1 : records.length),
    hasNextPage: page.hasNextPage,
    removedSinceFetch: 0,
  };
}

/** A complete list (search results): nothing more to fetch. */
export function completeList(records: RecordNode[]): RecordList {
  return {
    records,
    cursors: records.map(() => null),
    totalCount: records.length,
    hasNextPage: false,
    removedSinceFetch: 0,
    deletedIds: [],
  };
}

export function indexOf(list: RecordList, id: string): number {
  return list.records.findIndex((r) => r.id === id);
}

/** Replaces a loaded record, or adds a new one at the top, where the person will see it. */
export function upsertRecord(list: RecordList, record: RecordNode): RecordList {
  const index = indexOf(list, record.id);
  if (index >= 0) {
    const records = [...list.records];
    records[index] = record;
    return { ...list, records };
  }
  return {
    ...list,
    records: [record, ...list.records],
    cursors: [null, ...list.cursors],
    totalCount: list.totalCount + 1,
    // Back in the list (it matches the filter again): a later deletion counts.
    deletedIds: list.deletedIds.filter((gone) => gone !== record.id),
  };
}

/** Merges field values into a loaded record (an optimistic edit); unchanged when not loaded. */
export function patchFields(
  list: RecordList,
  id: string,
  fields: Record<string, unknown>,
): RecordList {
  const index = indexOf(list, id);
  if (index < 0) return list;
  const current = list.records[index]!;
  const merged: Record<string, unknown> = { ...current.fields };
  for (const [name, value] of Object.entries(fields)) {
    const empty =
      value === null ||
      value === '' ||
      value === false ||
      (Array.isArray(value) && value.length === 0);
    // Airtable omits empty cells; so do we.
    if (empty) delete merged[name];
    else merged[name] = value;
  }
  const records = [...list.records];
  records[index] = { ...current, fields: merged };
  return { ...list, records };
}

/** Drops a record. A loaded one shifts later cursors, so the next page starts one earlier. */
export function removeRecord(list: RecordList, id: string, countedHere: boolean): RecordList {
  if (list.deletedIds.includes(id)) return list;
  const deletedIds = [...list.deletedIds.slice(-199), id];
  const index = indexOf(list, id);
  if (index < 0) {
    return countedHere
      ? { ...list, deletedIds, totalCount: Math.max(0, list.totalCount - 1) }
      : { ...list, deletedIds };
  }
  const loadedFromServer = list.cursors[index] !== null;
  return {
    ...list,
    records: list.records.filter((_, i) => i !== index),
    cursors: list.cursors.filter((_, i) => i !== index),
    totalCount: Math.max(0, list.totalCount - 1),
    removedSinceFetch: list.removedSinceFetch + (loadedFromServer ? 1 : 0),
    deletedIds,
  };
}
