import {
  compareCells,
  compileFormula,
  FormulaError,
  isTruthy,
  type CompiledFormula,
} from '@pyairtable/formula';
import { badUserInput, notFound } from '@pyairtable/subgraph-kit';
import { LRUCache } from 'lru-cache';
import type { MirrorField, RecordRow } from '../db.ts';
import type { MirrorCache, TableSnapshot } from './mirror-cache.ts';
import type { CachedPage, QueryCache } from './query-cache.ts';
import { rowFilter, type RecordScope } from './record-scope.ts';

export interface RecordQuery {
  tableId: string;
  filterByFormula?: string | null;
  sort?: { field: string; direction?: 'ASC' | 'DESC' | null }[] | null;
  view?: string | null;
  fields?: string[] | null;
  first?: number | null;
  after?: string | null;
}

const MAX_PAGE = 1000;
// Compiled filters by the fields they may name and their source: hot filters compile once.
const compiled = new LRUCache<string, CompiledFormula>({ max: 500 });

/**
 * A field the caller may see, by name or id; BAD_USER_INPUT naming it otherwise (a hidden
 * field is unknown, exactly like one that does not exist).
 */
export function fieldOf(
  scope: Pick<RecordScope, 'fields'>,
  tableName: string,
  nameOrId: string,
  argument: string,
): MirrorField {
  const field =
    scope.fields.find((f) => f.name === nameOrId) ?? scope.fields.find((f) => f.id === nameOrId);
  if (!field) throw badUserInput(`Unknown field "${nameOrId}" in table ${tableName}.`, argument);
  return field;
}

/** The ids of the fields an answer is limited to (names or ids the caller may see), or all. */
export function onlyFields(
  scope: Pick<RecordScope, 'fields'>,
  tableName: string,
  names: string[] | null | undefined,
): Set<string> | undefined {
  return names ? new Set(names.map((f) => fieldOf(scope, tableName, f, 'fields').id)) : undefined;
}

/** The caller's filter, compiled against the fields they may see. */
function compile(tableId: string, fields: MirrorField[], source: string): CompiledFormula {
  const signature = fields.map((f) => `${f.id}:${f.name}:${f.type}`).join('|');
  const key = `${tableId}\u0000${signature}\u0000${source}`;
  let formula = compiled.get(key);
  if (!formula) {
    try {
      formula = compileFormula(source, {
        fields: fields.map((f) => ({
          id: f.id,
          name: f.name,
          type: f.type,
          options: f.options ?? undefined,
        })),
      });
    } catch (error) {
      if (error instanceof FormulaError) throw badUserInput(error.message, 'filterByFormula');
      throw error;
    }
    compiled.set(key, formula);
  }
  return formula;
}

/** Encodes a position in a result as an opaque cursor. */
export function encodeCursor(index: number): string {
  return Buffer.from(`i:${index}`).toString('base64url');
}

/** The position a cursor names; BAD_USER_INPUT for anything else. */
export function decodeCursor(cursor: string): number {
  const match = /^i:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match?.[1]) throw badUserInput('Invalid cursor.', 'after');
  return Number(match[1]);
}

/**
 * The records of a snapshot that exist for the caller (their row rule), in a view (its
 * order), where a formula is truthy.
 */
export function matchingRecords(
  snapshot: TableSnapshot,
  query: { view?: string | null; filterByFormula?: string | null },
  now: Date,
  scope: RecordScope,
): RecordRow[] {
  let records: RecordRow[] = snapshot.records;
  if (query.view) {
    const view = snapshot.table.views.find((v) => v.id === query.view || v.name === query.view);
    if (!view)
      throw badUserInput(`Unknown view "${query.view}" in table ${snapshot.table.name}.`, 'view');
    const ids = (view.recordIds as string[] | null) ?? snapshot.records.map((r) => r.id);
    records = ids.flatMap((id) => snapshot.byId.get(id) ?? []);
  }
  const visible = rowFilter(scope, now);
  if (visible) records = records.filter(visible);
  if (query.filterByFormula?.trim()) {
    const formula = compile(snapshot.table.id, scope.fields, query.filterByFormula);
    const context = { now };
    // Cells are keyed by field id, which the formula engine resolves as well as names.
    records = records.filter((r) =>
      isTruthy(
        formula.evaluate({ id: r.id, createdTime: r.createdTime, fields: r.cells }, context),
      ),
    );
  }
  return records;
}

/** Sorts records by fields the caller may see, as Airtable's sort does. */
export function sortRecords(
  records: RecordRow[],
  sort: RecordQuery['sort'],
  scope: RecordScope,
  tableName: string,
): RecordRow[] {
  const keys = (sort ?? []).map((s) => ({
    field: fieldOf(scope, tableName, s.field, 'sort'),
    desc: s.direction === 'DESC',
  }));
  if (keys.length === 0) return records;
  return [...records].sort((a, b) => {
    for (const { field, desc } of keys) {
      const order = compareCells(a.cells[field.id], b.cells[field.id]);
      if (order !== 0) return desc ? -order : order;
    }
    return 0;
  });
}

/** Filters, sorts and pages a mirrored table for a caller, as Airtable's list records does. */
export async function queryRecords(
  mirror: MirrorCache,
  query: RecordQuery,
  now: Date,
  scope: RecordScope,
  cache?: QueryCache,
) {
  const snapshot = await mirror.snapshot(query.tableId);
  if (!snapshot) throw notFound('Table', query.tableId);
  const first = Math.min(Math.max(query.first ?? 50, 0), MAX_PAGE);
  const only = onlyFields(scope, snapshot.table.name, query.fields);
  const start = query.after ? decodeCursor(query.after) : 0;

  const compute = (): CachedPage => {
    const records = sortRecords(
      matchingRecords(snapshot, query, now, scope),
      query.sort,
      scope,
      snapshot.table.name,
    );
    return {
      ids: records.slice(start, start + first).map((r) => r.id),
      totalCount: records.length,
      hasNextPage: start + first < records.length,
      start,
    };
  };

  // NOW() and TODAY() make a result depend on the clock, so those queries are never cached.
  const timed = /\b(NOW|TODAY)\s*\(/i;
  const cacheable =
    cache && !timed.test(query.filterByFormula ?? '') && !timed.test(scope.rowRule ?? '');
  // The scope's fingerprint: callers who see different rows or fields never share a page.
  const key = {
    scope: scope.fingerprint,
    filterByFormula: query.filterByFormula ?? null,
    sort: query.sort ?? null,
    view: query.view ?? null,
    start,
    first,
  };
  const page = cacheable
    ? await cache.through(snapshot.table.id, snapshot.version, key, compute)
    : compute();
  const edges = page.ids.flatMap((id, i) => {
    const record = snapshot.byId.get(id);
    return record ? [{ cursor: encodeCursor(start + i + 1), record }] : [];
  });
  return { snapshot, only, totalCount: page.totalCount, edges, hasNextPage: page.hasNextPage };
}

/** Records the caller can see containing every word of a text in a field they can see. */
export async function searchRecords(
  mirror: MirrorCache,
  tableId: string,
  text: string,
  first: number,
  scope: RecordScope,
  now: Date,
) {
  const snapshot = await mirror.snapshot(tableId);
  if (!snapshot) throw notFound('Table', tableId);
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return { snapshot, records: [] };
  const visible = rowFilter(scope, now);
  const searched = scope.fields.map((f) => f.id);
  const scored = snapshot.records.flatMap((record) => {
    if (visible && !visible(record)) return [];
    const cells = searched
      .map((id) => record.cells[id])
      .map((v) =>
        typeof v === 'string'
          ? v
          : Array.isArray(v)
            ? v.filter((x) => typeof x === 'string').join(' ')
            : '',
      )
      .map((s) => s.toLowerCase());
    const haystack = cells.join('\n');
    if (!words.every((w) => haystack.includes(w))) return [];
    const score = cells.filter((c) => words.some((w) => c.includes(w))).length;
    return [{ record, score }];
  });
  scored.sort((a, b) => b.score - a.score);
  return { snapshot, records: scored.slice(0, Math.min(first, MAX_PAGE)).map((s) => s.record) };
}
