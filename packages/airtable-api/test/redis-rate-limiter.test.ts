import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createRedisRateLimiter, type RedisRateLimiterOptions } from '../src/index.ts';

const REDIS_URL = 'redis://127.0.0.1:6379';

/** True when a Redis answers PING within half a second. */
async function redisAnswers(): Promise<boolean> {
  const probe = new Redis(REDIS_URL, {
    lazyConnect: true,
    connectTimeout: 500,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  probe.on('error', () => undefined);
  try {
    await probe.connect();
    return (await probe.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    probe.disconnect();
  }
}

const available = await redisAnswers();

/** Two limiters ("two processes") on one Redis, each with its own connection and a sleep log. */
function startTwoLimiters(limits: Record<string, number>, windowMs: number) {
  const prefix = `airtable-api-test-${randomBytes(4).toString('hex')}`;
  const start = (): ReturnType<typeof createRedisRateLimiter> & { sleeps: number[] } => {
    const sleeps: number[] = [];
    const options: RedisRateLimiterOptions = {
      redis: REDIS_URL,
      limits: (key) => limits[key] ?? Infinity,
      windowMs,
      safetyMarginMs: 0,
      prefix,
      // Waits are real (Redis keeps time), so windows here are short; the log shows who waited.
      sleep: (ms) => {
        sleeps.push(ms);
        return new Promise((resolve) => setTimeout(resolve, ms));
      },
    };
    const limiter = createRedisRateLimiter(options);
    onTestFinished(() => limiter.close());
    return Object.assign(limiter, { sleeps });
  };
  return [start(), start()] as const;
}

describe.skipIf(!available)('Redis rate limiter', () => {
  it('shares one window between two limiter instances', async () => {
    const [first, second] = startTwoLimiters({ 'base:shared': 2 }, 300);

    await first.acquire(['base:shared']);
    await first.acquire(['base:shared']);
    expect(first.sleeps).toEqual([]);

    await second.acquire(['base:shared']);
    expect(second.sleeps.length).toBeGreaterThan(0);
    expect(second.sleeps[0]).toBeGreaterThan(0);
    expect(second.sleeps[0]).toBeLessThanOrEqual(300);
  });

  it('counts keys independently: another base is not held up by a full one', async () => {
    const [first, second] = startTwoLimiters({ 'base:a': 1, 'base:b': 1 }, 10_000);

    await first.acquire(['base:a']);
    await second.acquire(['base:b']);

    expect([first.sleeps, second.sleeps]).toEqual([[], []]);
  });

  it('makes a penalty set by one instance hold requests of the other', async () => {
    const [first, second] = startTwoLimiters({ 'base:a': 100 }, 1000);

    await first.penalize('base:a', 400);
    await second.acquire(['base:a']);

    expect(second.sleeps[0]).toBeGreaterThan(200);
    expect(second.sleeps[0]).toBeLessThanOrEqual(400);
  });
});
