import { describe, expect, it } from 'vitest';
import {
  MAX_ATTEMPTS,
  nextAttemptDelay,
  parseRetryAfter,
  RETRY_DELAYS_MS,
} from '../src/domain/retry-schedule.ts';

describe('the retry schedule', () => {
  it('spans about a day over ten attempts, then gives up', () => {
    const total = RETRY_DELAYS_MS.reduce((a, b) => a + b, 0);
    expect(MAX_ATTEMPTS).toBe(10);
    expect(total / 3_600_000).toBeGreaterThan(23);
    expect(total / 3_600_000).toBeLessThan(25);
    expect(nextAttemptDelay(MAX_ATTEMPTS, null)).toBeNull();
  });

  it('jitters each delay by at most 20 %', () => {
    expect(nextAttemptDelay(1, null, () => 0)).toBe(4_000);
    expect(nextAttemptDelay(1, null, () => 1)).toBe(6_000);
    expect(nextAttemptDelay(3, null, () => 0.5)).toBe(5 * 60_000);
  });

  it('waits at least what Retry-After asks, up to a day', () => {
    expect(nextAttemptDelay(1, 120_000, () => 0.5)).toBe(120_000);
    expect(nextAttemptDelay(1, 1_000, () => 0.5)).toBe(5_000);
    expect(nextAttemptDelay(1, 7 * 86_400_000, () => 0.5)).toBe(86_400_000);
    const now = new Date('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('30', now)).toBe(30_000);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:01:00 GMT', now)).toBe(60_000);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(undefined, now)).toBeNull();
  });
});
