import { parsePrometheusText, samplesOf, testEnv } from '@pyairtable/testing';
import { describe, expect, it, onTestFinished } from 'vitest';
import { main } from '../src/index.ts';

const METRICS_TOKEN = 'metrics-token-0123456789';

describe('mcp-server: Prometheus metrics', () => {
  it('serves requests by route pattern to the bearer of METRICS_TOKEN only', async () => {
    // Nothing listens at the gateway URL: /healthz and /metrics need no gateway.
    const mcp = await main({
      ...testEnv,
      PORT: '0',
      GATEWAY_URL: 'http://127.0.0.1:9',
      METRICS_TOKEN,
    });
    onTestFinished(() => mcp.close());
    expect((await fetch(new URL('/healthz', mcp.url))).status).toBe(200);

    expect((await fetch(new URL('/metrics', mcp.url))).status).toBe(401);
    const res = await fetch(new URL('/metrics', mcp.url), {
      headers: { authorization: `Bearer ${METRICS_TOKEN}` },
    });
    expect(res.status).toBe(200);
    const samples = parsePrometheusText(await res.text());
    const health = samplesOf(samples, 'http_request_duration_seconds_count', {
      service: 'mcp-server',
      method: 'GET',
      route: '/healthz',
      status: '200',
    });
    expect(health.map((s) => s.value)).toEqual([1]);
    expect(
      samplesOf(samples, 'nodejs_heap_size_used_bytes', { service: 'mcp-server' })[0]?.value,
    ).toBeGreaterThan(0);
  });
});
