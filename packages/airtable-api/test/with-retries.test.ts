import { describe, expect, it } from 'vitest';
import { AirtableApiError, withRetries, type RetryEvent } from '../src/index.ts';

const failure = (status: number, retryAfterMs?: number) =>
  new AirtableApiError({ status, type: `HTTP_${status}`, message: 'failed', retryAfterMs });

/** A function that fails with the given errors in turn, then answers 'ok'. */
function failingWith(...errors: unknown[]) {
  let calls = 0;
  const fn = async () => {
    const error = errors[calls++];
    if (error !== undefined) throw error;
    return 'ok';
  };
  return { fn, calls: () => calls };
}

function recordSleeps() {
  const sleeps: number[] = [];
  return { sleeps, sleep: async (ms: number) => void sleeps.push(ms) };
}

describe('withRetries', () => {
  it('retries retryable errors with exponential backoff and full jitter', async () => {
    const { fn, calls } = failingWith(failure(503), failure(502), failure(500));
    const { sleeps, sleep } = recordSleeps();

    expect(await withRetries(fn, { sleep, random: () => 0.5 })).toBe('ok');
    expect(calls()).toBe(4);
    expect(sleeps).toEqual([250, 500, 1000]);
  });

  it('waits the retryAfterMs an error names, beyond the backoff cap', async () => {
    const { fn } = failingWith(failure(429, 30_000));
    const { sleeps, sleep } = recordSleeps();

    await withRetries(fn, { sleep, maxDelayMs: 1000 });
    expect(sleeps).toEqual([30_000]);
  });

  it('caps the backoff at maxDelayMs', async () => {
    const { fn } = failingWith(...Array.from({ length: 5 }, () => failure(503)));
    const { sleeps, sleep } = recordSleeps();

    await withRetries(fn, { sleep, random: () => 1, baseDelayMs: 500, maxDelayMs: 3000 });
    expect(sleeps).toEqual([500, 1000, 2000, 3000, 3000]);
  });

  it('does not retry an error that is not retryable', async () => {
    const { fn, calls } = failingWith(failure(422));
    const { sleeps, sleep } = recordSleeps();

    await expect(withRetries(fn, { sleep })).rejects.toMatchObject({ status: 422 });
    expect(calls()).toBe(1);
    expect(sleeps).toEqual([]);
  });

  it('does not retry errors that are not AirtableApiErrors', async () => {
    const { fn, calls } = failingWith(new RangeError('too many records'));

    await expect(withRetries(fn, { sleep: async () => undefined })).rejects.toThrow(RangeError);
    expect(calls()).toBe(1);
  });

  it('gives up after the configured retries and throws the last error', async () => {
    const last = failure(504);
    const { fn, calls } = failingWith(failure(503), failure(503), last);

    await expect(withRetries(fn, { retries: 2, sleep: async () => undefined })).rejects.toBe(last);
    expect(calls()).toBe(3);
  });

  it('tells onRetry about each retry and passes the attempt number to the function', async () => {
    const events: RetryEvent[] = [];
    const attempts: number[] = [];
    const error = failure(503);

    await withRetries(
      async (attempt) => {
        attempts.push(attempt);
        if (attempt === 0) throw error;
        return 'ok';
      },
      { sleep: async () => undefined, random: () => 0, onRetry: (e) => events.push(e) },
    );

    expect(attempts).toEqual([0, 1]);
    expect(events).toEqual([{ error, attempt: 1, delayMs: 0 }]);
  });
});
