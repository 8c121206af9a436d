import { describe, expect, it } from 'vitest';
import {
  AirtableApiError,
  baseRateKey,
  createAirtableClient,
  createMemoryRateLimiter,
  type RateLimiter,
} from '../src/index.ts';
import { createRecordingFetch, startAirtableLocal, TOKEN } from './start-airtable-local.ts';

const TWO_PER_SECOND = { RATE_LIMIT_PER_BASE: '2', RATE_LIMIT_PENALTY_MS: '200' };

describe('rate limits against airtable-local', () => {
  it('classifies a 429 as retryable for 30 s and penalizes the base key', async () => {
    const { url, baseId } = await startAirtableLocal(TWO_PER_SECOND);
    const penalties: [string, number][] = [];
    const spy: RateLimiter = {
      acquire: async () => undefined,
      penalize: async (key, ms) => void penalties.push([key, ms]),
    };
    const client = createAirtableClient({ apiUrl: url, token: TOKEN, limiter: spy });

    const results = await Promise.allSettled(
      Array.from({ length: 4 }, () => client.listRecordsPage(baseId, 'Deals', { pageSize: 1 })),
    );

    const errors = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) {
      expect(error).toBeInstanceOf(AirtableApiError);
      expect(error).toMatchObject({
        status: 429,
        type: 'RATE_LIMIT_REACHED',
        retryable: true,
        retryAfterMs: 30_000,
      });
    }
    expect(penalties).toEqual(errors.map(() => [baseRateKey(baseId), 30_000]));
  });

  it('paces a burst of ten list calls at 2/s with a memory limiter so none meets a 429', async () => {
    const { url, baseId } = await startAirtableLocal(TWO_PER_SECOND);
    const recording = createRecordingFetch();
    const limiter = createMemoryRateLimiter({
      limits: (key) => (key.startsWith('base:') ? 2 : 50),
    });
    const client = createAirtableClient({
      apiUrl: url,
      token: TOKEN,
      fetch: recording.fetch,
      limiter,
    });

    const pages = await Promise.all(
      Array.from({ length: 10 }, () => client.listRecordsPage(baseId, 'Deals', { pageSize: 1 })),
    );

    expect(pages.every((p) => p.records.length === 1)).toBe(true);
    expect(recording.calls.map((c) => c.status)).toEqual(Array(10).fill(200));
    const sent = recording.calls.map((c) => c.at).sort((x, y) => x - y);
    expect(sent[2]! - sent[0]!).toBeGreaterThanOrEqual(1000);
  });
});
