// npm run bench — webhooks: change-to-delivery latency at 50 record changes/s fanned out to 10
// endpoints (500 deliveries/s), and how many deliveries/s one webhooks process drains from a
// backlog. Everything on loopback (the receiver is on 127.0.0.1), bounded in time.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { databaseUrl, startEmbeddedPostgres } from '@pyairtable/db';
import { createWebhooksDb } from '@pyairtable/webhooks';
import { startPlatform } from '../src/start-platform.ts';

const ENDPOINTS = 10;
const CHANGES_PER_SECOND = 50;
const SECONDS = 20;
const BACKLOG_MESSAGES = 500;

const pg = await startEmbeddedPostgres({
  dataDir: path.join(os.tmpdir(), `pyairtable-bench-wh-${process.pid}`),
  port: 58000 + (process.pid % 1000),
  persistent: false,
});
const platform = await startPlatform({
  env: {
    LOG_LEVEL: 'silent',
    POSTGRES_URL: pg.url,
    SEED_DEMO: 'true',
    WEBHOOKS_ALLOW_HOSTS: '127.0.0.1',
  },
  ephemeralPorts: true,
});

// The receiver: when each (endpoint, webhook-id) first arrived, and how late after the change.
const arrivals: { at: number; latencyMs: number }[] = [];
const seen = new Set<string>();
const receiver = http.createServer((req, res) => {
  let body = '';
  req.on('data', (c: Buffer) => (body += c));
  req.on('end', () => {
    const key = `${req.url}|${req.headers['webhook-id']}`;
    if (!seen.has(key)) {
      seen.add(key);
      const data = JSON.parse(body).data as { occurredAt: string };
      arrivals.push({ at: Date.now(), latencyMs: Date.now() - Date.parse(data.occurredAt) });
    }
    res.writeHead(204).end();
  });
});
await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
const receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;

async function gql(query: string, variables: Record<string, unknown> = {}, token?: string) {
  const res = await fetch(platform.gatewayUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: any; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[
    Math.min(values.length - 1, Math.floor((p / 100) * values.length))
  ]!;
const waitFor = async (done: () => boolean, timeoutMs: number) => {
  const until = Date.now() + timeoutMs;
  while (!done() && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
};

try {
  const token = (
    await gql(
      'mutation { logIn(input: { email: "demo@example.com", password: "demo-password" }) { accessToken } }',
    )
  ).logIn.accessToken as string;
  const workspaceId = (await gql('{ me { workspaces { id } } }', {}, token)).me.workspaces[0].id;
  const baseId = platform.airtableLocal.demoBaseId!;
  for (;;) {
    const { base } = await gql(
      'query ($b: ID!) { base(id: $b) { sync { state } } }',
      { b: baseId },
      token,
    );
    if (base.sync.state === 'READY') break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const { base } = await gql(
    'query ($b: ID!) { base(id: $b) { tables { id name } } }',
    { b: baseId },
    token,
  );
  const deals = base.tables.find((t: { name: string }) => t.name === 'Deals').id as string;
  // Every Deals record, so a record changes again only every few seconds.
  const records: string[] = [];
  for (let after: string | null = null; ;) {
    const page: any = (
      await gql(
        'query ($b: ID!, $t: ID!, $a: String) { records(baseId: $b, tableId: $t, first: 100, after: $a) { edges { node { id } } pageInfo { hasNextPage endCursor } } }',
        { b: baseId, t: deals, a: after },
        token,
      )
    ).records;
    records.push(...page.edges.map((e: { node: { id: string } }) => e.node.id));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  const endpoints: string[] = [];
  for (let i = 0; i < ENDPOINTS; i++) {
    const made = await gql(
      'mutation ($i: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $i) { endpoint { id } } }',
      {
        i: {
          workspaceId,
          url: `${receiverUrl}/endpoint-${i}`,
          eventTypes: ['record.updated'],
          rateLimitPerSecond: 100,
        },
      },
      token,
    );
    endpoints.push(made.createWebhookEndpoint.endpoint.id);
  }

  // Writes reach Airtable 10 records per request, 5 requests/s per base: 50 changes/s.
  let round = 0;
  const write = (batch: number) =>
    gql(
      'mutation ($b: ID!, $t: ID!, $r: [RecordUpdateInput!]!) { updateRecords(baseId: $b, tableId: $t, records: $r) { status } }',
      {
        b: baseId,
        t: deals,
        r: Array.from({ length: batch }, (_, i) => ({
          id: records[(round * batch + i) % records.length]!,
          fields: { 'Next Step': `bench ${round}.${i}` },
        })),
      },
      token,
    ).finally(() => round++);

  // 1. Latency at 50 changes/s × 10 endpoints.
  const writes: Promise<unknown>[] = [];
  const ticks = (SECONDS * CHANGES_PER_SECOND) / 10;
  for (let i = 0; i < ticks; i++) {
    writes.push(write(10));
    await new Promise((r) => setTimeout(r, 200));
  }
  await Promise.all(writes);
  const expected = ticks * 10 * ENDPOINTS;
  await waitFor(() => arrivals.length >= expected, 60_000);
  const latencies = arrivals.map((a) => a.latencyMs);
  console.log(
    `webhooks: ${arrivals.length}/${expected} deliveries of ${ticks * 10} changes at ${CHANGES_PER_SECOND}/s to ${ENDPOINTS} endpoints; ` +
      `change-to-delivery p50 ${percentile(latencies, 50)} ms, p99 ${percentile(latencies, 99)} ms`,
  );

  // 2. Throughput: 5,000 deliveries stored at once (as ingestion stores them), drained by the
  // one webhooks process.
  const db = createWebhooksDb(databaseUrl(pg.url, 'pyairtable_webhooks'));
  const before = arrivals.length;
  const now = new Date().toISOString();
  const messages = Array.from({ length: BACKLOG_MESSAGES }, (_, i) => ({
    id: `msg_bench_${i}`,
    workspaceId,
    eventType: 'record.updated',
    payload: { workspaceId, occurredAt: now, bench: i },
    sourceKey: `bench:${i}`,
    endpointIds: endpoints,
  }));
  const started = Date.now();
  for (let i = 0; i < messages.length; i += 100) await db.enqueue(messages.slice(i, i + 100));
  const owed = BACKLOG_MESSAGES * ENDPOINTS;
  await waitFor(() => arrivals.length - before >= owed, 120_000);
  const drained = arrivals.length - before;
  const seconds = (Math.max(...arrivals.slice(before).map((a) => a.at)) - started) / 1000;
  await db.close();
  console.log(
    `webhooks: ${drained}/${owed} stored deliveries sent in ${seconds.toFixed(1)} s: ${(drained / seconds).toFixed(0)} deliveries/s by one process (WEBHOOKS_CONCURRENCY 32, ${ENDPOINTS} endpoints)`,
  );
} finally {
  receiver.close();
  await platform.stop();
  await pg.stop();
}
