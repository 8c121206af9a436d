import { LRUCache } from 'lru-cache';
import type { AirtableDb, RecordRow } from '../db.ts';

type Table = NonNullable<Awaited<ReturnType<AirtableDb['findTable']>>>;

export interface TableSnapshot {
  table: Table;
  version: number;
  records: RecordRow[];
  byId: Map<string, RecordRow>;
}

// Tables are read whole and filtered in memory; a version number bumped on every change
// tells whether a cached copy is still current, so hot tables cost one tiny query per read.
const MAX_CACHED_TABLES = 50;

/** Current snapshots of mirrored tables, reloaded when their version moves. */
export function createMirrorCache(db: AirtableDb) {
  // The least recently read table makes room for another.
  const cache = new LRUCache<string, TableSnapshot>({ max: MAX_CACHED_TABLES });
  const loading = new Map<string, Promise<TableSnapshot | null>>();

  async function load(tableId: string): Promise<TableSnapshot | null> {
    const table = await db.findTable(tableId);
    if (!table) return null;
    const records = await db.listRecords(tableId);
    const snapshot = {
      table,
      version: table.version,
      records,
      byId: new Map(records.map((r) => [r.id, r])),
    };
    cache.set(tableId, snapshot);
    return snapshot;
  }

  return {
    /** The table with all its records, as of now. */
    async snapshot(tableId: string): Promise<TableSnapshot | null> {
      const version = await db.tableVersion(tableId);
      if (version === null) return null;
      const cached = cache.get(tableId);
      if (cached && cached.version === version) return cached;
      let pending = loading.get(tableId);
      if (!pending) {
        pending = load(tableId).finally(() => loading.delete(tableId));
        loading.set(tableId, pending);
      }
      return pending;
    },
    forget: (tableId: string) => void cache.delete(tableId),
  };
}

export type MirrorCache = ReturnType<typeof createMirrorCache>;
