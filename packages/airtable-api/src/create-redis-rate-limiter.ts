import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { readLimit } from './create-memory-rate-limiter.ts';
import { createQueuedRateLimiter, sleepFor } from './create-queued-rate-limiter.ts';
import type { BlockedKey, RateLimiter, RateLimits, WindowStore } from './rate-limiter.ts';
import { PENALIZE_SCRIPT, runScript, TAKE_SLOTS_SCRIPT } from './redis-scripts.ts';

/** Options of the Redis-backed limiter. */
export interface RedisRateLimiterOptions {
  /** An ioredis client (left open) or a URL (connected here, closed by `close()`). */
  redis: Redis | string;
  /** Requests per window for a key; every process should use the same limits. */
  limits: RateLimits;
  /** Default 1000: limits are per second. */
  windowMs?: number;
  /** Default 100: each slot is held this much longer than the window (see the memory limiter). */
  safetyMarginMs?: number;
  /** Key prefix; the braces make it a Redis Cluster hash tag, so one script sees every key. */
  prefix?: string;
  sleep?: (ms: number) => Promise<void>;
}

/** A RateLimiter whose windows and penalties are shared by every process on one Redis. */
export interface RedisRateLimiter extends RateLimiter {
  /** Closes the connection if this limiter opened it. */
  close(): Promise<void>;
}

function createRedisWindowStore(
  redis: Redis,
  limits: RateLimits,
  windowMs: number,
  prefix: string,
): WindowStore {
  const windowKey = (key: string) => `{${prefix}}:window:${key}`;
  const penaltyKey = (key: string) => `{${prefix}}:penalty:${key}`;
  return {
    async tryTake(keys) {
      const redisKeys = keys.flatMap((key) => [windowKey(key), penaltyKey(key)]);
      const caps = keys.map((key) => {
        const limit = readLimit(limits, key);
        return limit === Infinity ? 0 : limit;
      });
      const reply = await runScript(redis, TAKE_SLOTS_SCRIPT, redisKeys, [
        windowMs,
        randomUUID(),
        ...caps,
      ]);
      const flat = Array.isArray(reply) ? reply.map(Number) : [];
      const blocked: BlockedKey[] = [];
      for (let i = 0; i + 1 < flat.length; i += 2) {
        blocked.push({ key: keys[flat[i]! - 1]!, waitMs: flat[i + 1]! });
      }
      return blocked;
    },
    async penalize(key, ms) {
      await runScript(redis, PENALIZE_SCRIPT, [penaltyKey(key)], [Math.ceil(ms)]);
    },
  };
}

/**
 * A RateLimiter on Redis: one atomic Lua check per request over sliding windows (Redis's
 * clock), penalties as keys with PX expiry. FIFO holds among one process's waiters; across
 * processes whoever asks first after a slot frees gets it.
 */
export function createRedisRateLimiter(options: RedisRateLimiterOptions): RedisRateLimiter {
  const owned = typeof options.redis === 'string';
  const redis = typeof options.redis === 'string' ? new Redis(options.redis) : options.redis;
  const windowMs = (options.windowMs ?? 1000) + (options.safetyMarginMs ?? 100);
  const store = createRedisWindowStore(
    redis,
    options.limits,
    windowMs,
    options.prefix ?? 'airtable-rate',
  );
  const limiter = createQueuedRateLimiter(store, {
    now: Date.now,
    sleep: options.sleep ?? sleepFor,
  });
  return {
    ...limiter,
    async close() {
      if (owned) await redis.quit();
    },
  };
}
