import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { createMemoryRateLimiter, type MemoryRateLimiterOptions } from '../src/index.ts';

/** A limiter on vitest's fake clock, and a log of which acquires have been granted. */
function startLimiter(
  limits: Record<string, number>,
  options: Partial<MemoryRateLimiterOptions> = {},
) {
  vi.useFakeTimers({ now: 0, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  onTestFinished(() => void vi.useRealTimers());
  const limiter = createMemoryRateLimiter({
    limits: (key) => limits[key] ?? Infinity,
    safetyMarginMs: 0,
    ...options,
  });
  const granted: string[] = [];
  const acquire = (name: string, keys: string[]) =>
    void limiter.acquire(keys).then(() => granted.push(name));
  const advance = (ms: number) => vi.advanceTimersByTimeAsync(ms);
  return { limiter, granted, acquire, advance };
}

describe('memory rate limiter', () => {
  it('lets five requests a second through and holds the sixth until the first leaves the window', async () => {
    const { granted, acquire, advance } = startLimiter({ 'base:a': 5 });

    for (const name of ['1', '2', '3', '4', '5', '6']) acquire(name, ['base:a']);
    await advance(0);
    expect(granted).toEqual(['1', '2', '3', '4', '5']);

    await advance(999);
    expect(granted).toHaveLength(5);
    await advance(1);
    expect(granted).toEqual(['1', '2', '3', '4', '5', '6']);
  });

  it('slides the window: a slot frees one second after it was taken, not at a fixed tick', async () => {
    const { granted, acquire, advance } = startLimiter({ 'base:a': 2 });

    acquire('1', ['base:a']);
    await advance(600);
    acquire('2', ['base:a']);
    acquire('3', ['base:a']);
    await advance(0);
    expect(granted).toEqual(['1', '2']);

    await advance(400);
    expect(granted).toEqual(['1', '2', '3']);
  });

  it('holds each slot for the safety margin beyond the window by default', async () => {
    const { granted, acquire, advance } = startLimiter(
      { 'base:a': 1 },
      { safetyMarginMs: undefined },
    );

    acquire('1', ['base:a']);
    acquire('2', ['base:a']);
    await advance(1099);
    expect(granted).toEqual(['1']);
    await advance(1);
    expect(granted).toEqual(['1', '2']);
  });

  it('sends nothing for a penalized key until the penalty ends, other keys unaffected', async () => {
    const { limiter, granted, acquire, advance } = startLimiter({ 'base:a': 5, 'base:b': 5 });

    await limiter.penalize('base:a', 30_000);
    acquire('a', ['base:a']);
    acquire('b', ['base:b']);
    await advance(29_999);
    expect(granted).toEqual(['b']);
    await advance(1);
    expect(granted).toEqual(['b', 'a']);
  });

  it('holds requests already waiting when a penalty arrives', async () => {
    const { limiter, granted, acquire, advance } = startLimiter({ 'base:a': 1 });

    acquire('1', ['base:a']);
    acquire('2', ['base:a']);
    await advance(500);
    await limiter.penalize('base:a', 5_000);
    await advance(4_999);
    expect(granted).toEqual(['1']);
    await advance(1);
    expect(granted).toEqual(['1', '2']);
  });

  it('serves waiters on a key in arrival order, including ones that arrive while others wait', async () => {
    const { granted, acquire, advance } = startLimiter({ 'base:a': 1 });

    acquire('A', ['base:a']);
    acquire('B', ['base:a']);
    acquire('C', ['base:a']);
    await advance(1500);
    acquire('D', ['base:a']);
    await advance(2500);

    expect(granted).toEqual(['A', 'B', 'C', 'D']);
  });

  it('needs a slot on every key, so a shared token key caps requests across bases', async () => {
    const { granted, acquire, advance } = startLimiter({ 'base:a': 5, 'base:b': 5, token: 3 });

    for (const name of ['a1', 'a2']) acquire(name, ['base:a', 'token']);
    for (const name of ['b1', 'b2']) acquire(name, ['base:b', 'token']);
    await advance(0);

    expect(granted).toEqual(['a1', 'a2', 'b1']);
    await advance(1000);
    expect(granted).toEqual(['a1', 'a2', 'b1', 'b2']);
  });

  it('does not let one busy base hold up another base behind the shared token key', async () => {
    const { granted, acquire, advance } = startLimiter({ 'base:a': 1, 'base:b': 1, token: 50 });

    for (const name of ['a1', 'a2', 'a3']) acquire(name, ['base:a', 'token']);
    acquire('b1', ['base:b', 'token']);
    await advance(0);

    expect(granted).toEqual(['a1', 'b1']);
  });

  it('rejects an acquire whose key has a limit below one', async () => {
    const { limiter } = startLimiter({ 'base:a': 0 });

    await expect(limiter.acquire(['base:a'])).rejects.toThrow(RangeError);
  });

  it('runs on an injected clock and sleep', async () => {
    let now = 0;
    const sleeps: number[] = [];
    let wake = () => {};
    const limiter = createMemoryRateLimiter({
      limits: () => 1,
      safetyMarginMs: 0,
      now: () => now,
      sleep: (ms) => {
        sleeps.push(ms);
        return new Promise<void>((resolve) => (wake = resolve));
      },
    });

    await limiter.acquire(['base:a']);
    let secondGranted = false;
    const second = limiter.acquire(['base:a']).then(() => (secondGranted = true));
    await new Promise(setImmediate);
    expect(sleeps).toEqual([1000]);
    expect(secondGranted).toBe(false);

    now = 1000;
    wake();
    await second;
    expect(secondGranted).toBe(true);
  });
});
