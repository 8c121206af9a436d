import { describe, expect, it } from 'vitest';
import Airtable from 'airtable';
import { startAirtableLocal, TOKEN } from './harness.ts';

describe('rate limits and faults', () => {
  it('answers 429 past 5 requests per second per base, then keeps refusing for the penalty', async () => {
    const { api, baseId } = await startAirtableLocal({
      env: { RATE_LIMIT_PER_BASE: '5', RATE_LIMIT_PENALTY_MS: '60000' },
    });
    const statuses = [];
    for (let i = 0; i < 6; i++)
      statuses.push((await api('GET', `/v0/${baseId}/Deals?maxRecords=1`)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const after = await api('GET', `/v0/${baseId}/Deals?maxRecords=1`);
    expect(after.status).toBe(429);
    expect(after.body).toEqual({
      error: { type: 'RATE_LIMIT_REACHED', message: 'Rate limit exceeded. Please try again later' },
    });
  });

  it('lets the official client retry through a short penalty', async () => {
    const { url, baseId } = await startAirtableLocal({
      env: { RATE_LIMIT_PER_BASE: '1', RATE_LIMIT_PENALTY_MS: '100' },
    });
    const base = new Airtable({ apiKey: TOKEN, endpointUrl: url }).base(baseId);
    const results = await Promise.all(
      Array.from({ length: 2 }, () => base('Deals').select({ maxRecords: 1 }).firstPage()),
    );
    expect(results.every((r) => r.length === 1)).toBe(true);
  });

  it('injects faults at the configured rate', async () => {
    const { api, baseId, server } = await startAirtableLocal({
      env: { FAULT_RATE: '1', FAULT_KINDS: '503' },
    });
    const res = await api('GET', `/v0/${baseId}/Deals`);
    expect(res.status).toBe(503);
    server.setFaults({ rate: 0, kinds: [] });
    expect((await api('GET', `/v0/${baseId}/Deals?maxRecords=1`)).status).toBe(200);
  });
});
