import { parsePrometheusText, samplesOf } from '@pyairtable/testing';
import { describe, expect, it } from 'vitest';
import { startWebhooks } from './harness.ts';

const COUNT = `query Endpoints($w: ID!) { webhookEndpoints(workspaceId: $w) { id } }`;

describe('webhooks: Prometheus metrics', () => {
  // The gateway names each subgraph fetch <operation>__<subgraph>__<n>.
  it('serves Node runtime series and each operation by name and outcome, labelled with the service', async () => {
    const s = await startWebhooks({ workers: false });
    expect((await s.gql(s.owner)(COUNT, { w: s.workspaceId })).errors).toBeUndefined();
    const denied = await s.gql(s.owner)(COUNT, { w: '00000000-0000-4000-8000-000000000000' });
    expect(denied.errors?.length).toBeGreaterThan(0);

    const res = await fetch(new URL('/metrics', s.webhooksUrl));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const samples = parsePrometheusText(await res.text());

    const ok = samplesOf(samples, 'graphql_operation_duration_seconds_count', {
      service: 'webhooks',
      operation: 'Endpoints__webhooks__0',
      type: 'query',
      outcome: 'ok',
    });
    expect(ok.map((x) => x.value)).toEqual([1]);
    const failed = samplesOf(samples, 'graphql_operation_duration_seconds_count', {
      operation: 'Endpoints__webhooks__0',
      outcome: 'error',
    });
    expect(failed.map((x) => x.value)).toEqual([1]);
    const code = String(denied.errors![0]!.extensions!.code);
    expect(
      samplesOf(samples, 'graphql_errors_total', { service: 'webhooks', code })[0]?.value,
    ).toBe(1);
    expect(
      samplesOf(samples, 'process_cpu_seconds_total', { service: 'webhooks' })[0]?.value,
    ).toBeGreaterThan(0);
    expect(
      samplesOf(samples, 'nodejs_heap_size_used_bytes', { service: 'webhooks' })[0]?.value,
    ).toBeGreaterThan(0);
  });
});
