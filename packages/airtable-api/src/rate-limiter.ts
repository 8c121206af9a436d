/** Paces requests per key (e.g. `base:appX`, `token:ab12…`) across one process or many. */
export interface RateLimiter {
  /** Resolves when one request may be sent, counting it against every key. */
  acquire(keys: string[]): Promise<void>;
  /** Sends nothing for `key` for `ms` (after a 429). */
  penalize(key: string, ms: number): Promise<void>;
}

/** Requests allowed per second for a key; `Infinity` for no limit. */
export type RateLimits = (key: string) => number;

/** A key that cannot be used yet, and for how long. */
export interface BlockedKey {
  key: string;
  waitMs: number;
}

/**
 * Where the windows and penalties live: takes one slot on every key at once, or none and
 * says which keys are blocked.
 */
export interface WindowStore {
  tryTake(keys: string[]): Promise<BlockedKey[]>;
  penalize(key: string, ms: number): Promise<void>;
}
