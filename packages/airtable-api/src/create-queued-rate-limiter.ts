import type { RateLimiter, WindowStore } from './rate-limiter.ts';

interface Waiter {
  keys: string[];
  resolve: () => void;
  reject: (error: unknown) => void;
}

/** How the queue waits; tests pass fake timers or their own sleep. */
export interface QueueClock {
  now: () => number;
  sleep: (ms: number) => Promise<void>;
}

/** Waits with a real timer. */
export const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * A RateLimiter over a WindowStore that serves waiters in arrival order per key: a request
 * never takes a key's slot while an earlier request waits for that same key. Keys an earlier
 * request is not blocked on stay open, so one busy base does not stall the shared token key.
 */
export function createQueuedRateLimiter(store: WindowStore, clock: QueueClock): RateLimiter {
  const waiters: Waiter[] = [];
  let pumping = false;
  let pumpAgain = false;
  let wakeAt = Infinity;

  const remove = (waiter: Waiter) => waiters.splice(waiters.indexOf(waiter), 1);

  function wakeIn(ms: number) {
    const at = clock.now() + ms;
    if (at >= wakeAt) return;
    wakeAt = at;
    void clock.sleep(ms).then(() => {
      if (wakeAt === at) wakeAt = Infinity;
      void pump();
    });
  }

  /** Grants every waiter that can go now, in order; sleeps until the first blocked key frees. */
  async function pump(): Promise<void> {
    if (pumping) {
      pumpAgain = true;
      return;
    }
    pumping = true;
    try {
      do {
        pumpAgain = false;
        const closed = new Set<string>();
        let nextMs = Infinity;
        for (const waiter of [...waiters]) {
          if (waiter.keys.some((key) => closed.has(key))) continue;
          try {
            const blocked = await store.tryTake(waiter.keys);
            if (blocked.length === 0) {
              remove(waiter);
              waiter.resolve();
            }
            for (const { key, waitMs } of blocked) {
              closed.add(key);
              nextMs = Math.min(nextMs, Math.max(1, waitMs));
            }
          } catch (error) {
            remove(waiter);
            waiter.reject(error);
          }
        }
        if (nextMs < Infinity) wakeIn(nextMs);
      } while (pumpAgain);
    } finally {
      pumping = false;
    }
  }

  return {
    acquire(keys) {
      return new Promise<void>((resolve, reject) => {
        waiters.push({ keys: [...new Set(keys)], resolve, reject });
        void pump();
      });
    },
    penalize: (key, ms) => store.penalize(key, ms),
  };
}
