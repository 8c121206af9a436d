import {
  compareCells,
  compileFormula,
  FormulaError,
  isTruthy,
  type CompiledFormula,
} from '@pyairtable/formula';
import { badUserInput, notFound } from '@pyairtable/subgraph-kit';
import { LRUCache } from 'lru-cache';
import type { RecordRow } from '../db.ts';
import type { MirrorCache, TableSnapshot } from './mirror-cache.ts';
import type { CachedPage, QueryCache } from './query-cache.ts';

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
// Compiled filters by table schema and source: hot filters compile once.
const compiled = new LRUCache<string, CompiledFormula>({ max: 500 });

type Field = TableSnapshot['table']['fields'][number];

/** A field of the table by name or id, or BAD_USER_INPUT naming it. */
export function fieldOf(snapshot: TableSnapshot, nameOrId: string, argument: string): Field {
  const field =
    snapshot.table.fields.find((f) => f.name === nameOrId) ??
    snapshot.table.fields.find((f) => f.id === nameOrId);
  if (!field)
    throw badUserInput(`Unknown field "${nameOrId}" in table ${snapshot.table.name}.`, argument);
  return field;
}

function compile(snapshot: TableSnapshot, source: string): CompiledFormula {
  const signature = snapshot.table.fields.map((f) => `${f.id}:${f.name}:${f.type}`).join('|');
  const key = `${snapshot.table.id}\u0000${signature}\u0000${source}`;
  let formula = compiled.get(key);
  if (!formula) {
    try {
      formula = compileFormula(source, {
        fields: snapshot.table.fields.map((f) => ({
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

/** The records of a snapshot in a view (its order), where a formula is truthy. */
export function matchingRecords(
  snapshot: TableSnapshot,
  query: { view?: string | null; filterByFormula?: string | null },
  now: Date,
): RecordRow[] {
  let records: RecordRow[] = snapshot.records;
  if (query.view) {
    const view = snapshot.table.views.find((v) => v.id === query.view || v.name === query.view);
    if (!view)
      throw badUserInput(`Unknown view "${query.view}" in table ${snapshot.table.name}.`, 'view');
    const ids = (view.recordIds as string[] | null) ?? snapshot.records.map((r) => r.id);
    records = ids.flatMap((id) => snapshot.byId.get(id) ?? []);
  }
  if (query.filterByFormula?.trim()) {
    const formula = compile(snapshot, query.filterByFormula);
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

/** Filters, sorts and pages a mirrored table, as Airtable's list records does. */
export async function queryRecords(
  mirror: MirrorCache,
  query: RecordQuery,
  now: Date,
  cache?: QueryCache,
) {
  const snapshot = await mirror.snapshot(query.tableId);
  if (!snapshot) throw notFound('Table', query.tableId);
  const first = Math.min(Math.max(query.first ?? 50, 0), MAX_PAGE);
  const only = query.fields
    ? new Set(query.fields.map((f) => fieldOf(snapshot, f, 'fields').id))
    : undefined;
  const start = query.after ? decodeCursor(query.after) : 0;

  const compute = (): CachedPage => {
    let records = matchingRecords(snapshot, query, now);
    const sort = (query.sort ?? []).map((s) => ({
      field: fieldOf(snapshot, s.field, 'sort'),
      desc: s.direction === 'DESC',
    }));
    if (sort.length > 0) {
      records = [...records].sort((a, b) => {
        for (const { field, desc } of sort) {
          const order = compareCells(a.cells[field.id], b.cells[field.id]);
          if (order !== 0) return desc ? -order : order;
        }
        return 0;
      });
    }
    return {
      ids: records.slice(start, start + first).map((r) => r.id),
      totalCount: records.length,
      hasNextPage: start + first < records.length,
      start,
    };
  };

  // NOW() and TODAY() make a result depend on the clock, so those queries are never cached.
  const cacheable = cache && !/\b(NOW|TODAY)\s*\(/i.test(query.filterByFormula ?? '');
  const key = {
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

/** Records containing every word of the query in any text-like cell, most matching cells first. */
export async function searchRecords(
  mirror: MirrorCache,
  tableId: string,
  text: string,
  first: number,
) {
  const snapshot = await mirror.snapshot(tableId);
  if (!snapshot) throw notFound('Table', tableId);
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return { snapshot, records: [] };
  const scored = snapshot.records.flatMap((record) => {
    const cells = Object.values(record.cells)
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
