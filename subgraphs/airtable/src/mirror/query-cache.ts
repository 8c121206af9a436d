import { createHash } from 'node:crypto';
import { Redis } from 'ioredis';
import { LRUCache } from 'lru-cache';

export interface CachedPage {
  ids: string[];
  totalCount: number;
  hasNextPage: boolean;
  start: number;
}

// Keys carry the table's version, so any change to the table makes old entries unreachable;
// they then expire on their own.
const TTL_MS = 60_000;
const MAX_LOCAL_ENTRIES = 500;

/**
 * Results of hot record queries (which records, in which order), shared through Redis when
 * configured so every replica benefits, in-process otherwise.
 */
export function createQueryCache(options: { redisUrl?: string } = {}) {
  const redis = options.redisUrl
    ? new Redis(options.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 })
    : null;
  redis?.on('error', () => undefined); // a cache that is down is a miss, never an outage
  const local = new LRUCache<string, CachedPage>({ max: MAX_LOCAL_ENTRIES, ttl: TTL_MS });
  const stats = { hits: 0, misses: 0 };

  const keyOf = (tableId: string, version: number, query: unknown) =>
    `pyairtable:records:${tableId}:${version}:${createHash('sha256').update(JSON.stringify(query)).digest('base64url')}`;

  async function read(key: string): Promise<CachedPage | null> {
    if (redis) {
      const raw = await redis.get(key).catch(() => null);
      return raw ? (JSON.parse(raw) as CachedPage) : null;
    }
    return local.get(key) ?? null;
  }

  async function write(key: string, value: CachedPage): Promise<void> {
    if (redis) {
      await redis.set(key, JSON.stringify(value), 'PX', TTL_MS).catch(() => undefined);
      return;
    }
    local.set(key, value);
  }

  return {
    stats,
    /** The cached page for a query of a table at a version, or computes and stores it. */
    async through(
      tableId: string,
      version: number,
      query: unknown,
      compute: () => Promise<CachedPage> | CachedPage,
    ): Promise<CachedPage> {
      const key = keyOf(tableId, version, query);
      const cached = await read(key);
      if (cached) {
        stats.hits++;
        return cached;
      }
      stats.misses++;
      const value = await compute();
      await write(key, value);
      return value;
    },
    close: async () => {
      await redis?.quit().catch(() => undefined);
    },
  };
}

export type QueryCache = ReturnType<typeof createQueryCache>;
