import { parsePrometheusText, samplesOf } from '@pyairtable/testing';
import { describe, expect, it } from 'vitest';
import { startAirtableLocal } from './harness.ts';

describe('airtable-local: Prometheus metrics', () => {
  it('counts requests by route pattern and status, never by raw URL', async () => {
    const { api, url, baseId } = await startAirtableLocal();
    expect((await api('GET', `/v0/${baseId}/Deals?maxRecords=1`)).status).toBe(200);

    const res = await fetch(new URL('/metrics', url));
    expect(res.status).toBe(200);
    const samples = parsePrometheusText(await res.text());
    const served = samplesOf(samples, 'http_request_duration_seconds_count', {
      service: 'airtable-local',
      method: 'GET',
      status: '200',
    });
    expect(served.length).toBeGreaterThan(0);
    expect(served.every((s) => s.labels.route!.startsWith('/'))).toBe(true);
    expect(served.some((s) => /^\/v0\/:/.test(s.labels.route!))).toBe(true);
    expect(served.some((s) => s.labels.route!.includes(baseId))).toBe(false);
    expect(
      samplesOf(samples, 'process_cpu_seconds_total', { service: 'airtable-local' })[0]?.value,
    ).toBeGreaterThan(0);
  });
});
