import { createQueuedRateLimiter, sleepFor } from './create-queued-rate-limiter.ts';
import type { BlockedKey, RateLimiter, RateLimits, WindowStore } from './rate-limiter.ts';

/** Options of the in-process limiter. */
export interface MemoryRateLimiterOptions {
  /** Requests per window for a key (`airtableRateLimits` gives Airtable's). */
  limits: RateLimits;
  /** Default 1000: limits are per second. */
  windowMs?: number;
  /**
   * Default 100. Each slot is held this much longer than the window, so a request that reaches
   * Airtable a little faster than an earlier one still fits Airtable's own window.
   */
  safetyMarginMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/** Reads a key's limit: a whole number of requests ≥ 1, or Infinity. */
export function readLimit(limits: RateLimits, key: string): number {
  const limit = limits(key);
  if (limit === Infinity) return Infinity;
  if (!Number.isFinite(limit) || limit < 1) {
    throw new RangeError(`Rate limit for ${key} must be at least 1 per window, got ${limit}`);
  }
  return Math.floor(limit);
}

function createMemoryWindowStore(
  limits: RateLimits,
  windowMs: number,
  now: () => number,
): WindowStore {
  const hits = new Map<string, number[]>();
  const penalties = new Map<string, number>();

  function waitFor(key: string, t: number): number {
    let wait = 0;
    const until = penalties.get(key);
    if (until !== undefined && until > t) wait = until - t;
    else penalties.delete(key);
    const limit = readLimit(limits, key);
    if (limit === Infinity) return wait;
    // A slot taken at h is held while h > t - windowMs.
    const recent = (hits.get(key) ?? []).filter((h) => h > t - windowMs);
    if (recent.length === 0) hits.delete(key);
    else hits.set(key, recent);
    if (recent.length >= limit)
      wait = Math.max(wait, recent[recent.length - limit]! + windowMs - t);
    return wait;
  }

  return {
    async tryTake(keys) {
      const t = now();
      const blocked: BlockedKey[] = [];
      for (const key of keys) {
        const waitMs = waitFor(key, t);
        if (waitMs > 0) blocked.push({ key, waitMs });
      }
      if (blocked.length > 0) return blocked;
      for (const key of keys) {
        if (readLimit(limits, key) !== Infinity) hits.set(key, [...(hits.get(key) ?? []), t]);
      }
      return [];
    },
    async penalize(key, ms) {
      const until = now() + ms;
      penalties.set(key, Math.max(until, penalties.get(key) ?? 0));
    },
  };
}

/** An in-process RateLimiter: sliding windows per key, FIFO per key, penalties after a 429. */
export function createMemoryRateLimiter(options: MemoryRateLimiterOptions): RateLimiter {
  const now = options.now ?? Date.now;
  const windowMs = (options.windowMs ?? 1000) + (options.safetyMarginMs ?? 100);
  return createQueuedRateLimiter(createMemoryWindowStore(options.limits, windowMs, now), {
    now,
    sleep: options.sleep ?? sleepFor,
  });
}
