// npm run bench — workflows: trigger-to-first-action latency at 20 record changes/s (a record
// change in the mirror to the workflow's first step reaching an HTTP receiver), and how many
// runs/s one workflows process completes of a 3-step workflow (condition, find records, HTTP).
// Everything on loopback (the receiver is on 127.0.0.1), bounded in time.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '@pyairtable/db';
import { startPlatform } from '../src/start-platform.ts';

const CHANGES_PER_SECOND = 20;
const SECONDS = 15;
const RUNS = 300;

const pg = await startEmbeddedPostgres({
  dataDir: path.join(os.tmpdir(), `pyairtable-bench-wf-${process.pid}`),
  port: 57000 + (process.pid % 1000),
  persistent: false,
});
const platform = await startPlatform({
  env: {
    LOG_LEVEL: 'silent',
    POSTGRES_URL: pg.url,
    SEED_DEMO: 'true',
    WEBHOOKS_ALLOW_HOSTS: '127.0.0.1',
    WORKFLOWS_POLL_MS: '500',
  },
  ephemeralPorts: true,
});

// The receiver: what each run's first action sent, and when it arrived.
const arrivals: { at: number; body: { occurredAt?: string; n?: number } }[] = [];
const receiver = http.createServer((req, res) => {
  let body = '';
  req.on('data', (c: Buffer) => (body += c));
  req.on('end', () => {
    arrivals.push({ at: Date.now(), body: JSON.parse(body || '{}') });
    res.writeHead(204).end();
  });
});
await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
const receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/in`;

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
const waitFor = async (done: () => boolean | Promise<boolean>, timeoutMs: number) => {
  const until = Date.now() + timeoutMs;
  while (!(await done()) && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
};

try {
  const token = (
    await gql(
      'mutation { logIn(input: { email: "demo@example.com", password: "demo-password" }) { accessToken } }',
    )
  ).logIn.accessToken as string;
  const workspaceId = (await gql('{ me { workspaces { id } } }', {}, token)).me.workspaces[0].id;
  const baseId = platform.airtableLocal.demoBaseId!;
  await waitFor(
    async () =>
      (await gql('query ($b: ID!) { base(id: $b) { sync { state } } }', { b: baseId }, token)).base
        .sync.state === 'READY',
    120_000,
  );
  const { base } = await gql(
    'query ($b: ID!) { base(id: $b) { tables { id name } } }',
    { b: baseId },
    token,
  );
  const deals = base.tables.find((t: { name: string }) => t.name === 'Deals').id as string;
  const records: string[] = (
    await gql(
      'query ($b: ID!, $t: ID!) { records(baseId: $b, tableId: $t, first: 100) { edges { node { id } } } }',
      { b: baseId, t: deals },
      token,
    )
  ).records.edges.map((e: { node: { id: string } }) => e.node.id);
  const create = async (input: Record<string, unknown>) => {
    const id = (
      await gql(
        'mutation ($i: CreateWorkflowInput!) { createWorkflow(input: $i) { id } }',
        { i: { workspaceId, concurrency: 50, ...input } },
        token,
      )
    ).createWorkflow.id as string;
    await gql(
      'mutation ($id: ID!) { setWorkflowEnabled(id: $id, enabled: true) { id } }',
      { id },
      token,
    );
    return id;
  };

  // 1. Latency: each change of Next Step runs a workflow whose first step calls the receiver.
  const triggered = await create({
    name: 'Bench: on update',
    trigger: { type: 'RECORD_UPDATED', baseId, tableId: deals, fields: ['Next Step'] },
    steps: [
      {
        id: 'call',
        type: 'http',
        url: receiverUrl,
        body: { occurredAt: '{{trigger.occurredAt}}' },
      },
    ],
  });
  let round = 0;
  const writes: Promise<unknown>[] = [];
  const ticks = (SECONDS * CHANGES_PER_SECOND) / 4;
  for (let i = 0; i < ticks; i++) {
    const r = round++;
    writes.push(
      gql(
        'mutation ($b: ID!, $t: ID!, $r: [RecordUpdateInput!]!) { updateRecords(baseId: $b, tableId: $t, records: $r) { status } }',
        {
          b: baseId,
          t: deals,
          r: [0, 1, 2, 3].map((j) => ({
            id: records[(r * 4 + j) % records.length]!,
            fields: { 'Next Step': `bench ${r}.${j}` },
          })),
        },
        token,
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await Promise.all(writes);
  const expected = ticks * 4;
  await waitFor(() => arrivals.length >= expected, 90_000);
  const latencies = arrivals
    .filter((a) => a.body.occurredAt)
    .map((a) => a.at - Date.parse(a.body.occurredAt!));
  console.log(
    `workflows: ${latencies.length}/${expected} runs of ${expected} changes at ${CHANGES_PER_SECOND}/s; ` +
      `trigger-to-first-action p50 ${percentile(latencies, 50)} ms, p99 ${percentile(latencies, 99)} ms`,
  );
  await gql(
    'mutation ($id: ID!) { setWorkflowEnabled(id: $id, enabled: false) { id } }',
    { id: triggered },
    token,
  );

  // 2. Throughput: RUNS manual runs of a 3-step workflow, queued at once, worked by one process.
  arrivals.length = 0;
  const manual = await create({
    name: 'Bench: three steps',
    trigger: { type: 'MANUAL' },
    steps: [
      { id: 'check', type: 'condition', formula: '1 = 1' },
      {
        id: 'find',
        type: 'findRecords',
        baseId,
        tableId: deals,
        formula: "{Stage} = 'Won'",
        maxRecords: 5,
      },
      { id: 'call', type: 'http', url: receiverUrl, body: { n: '{{steps.find.count}}' } },
    ],
  });
  const started = Date.now();
  for (let i = 0; i < RUNS; i += 25)
    await Promise.all(
      Array.from({ length: Math.min(25, RUNS - i) }, () =>
        gql(
          'mutation ($i: RunWorkflowInput!) { runWorkflow(input: $i) { id } }',
          { i: { workflowId: manual } },
          token,
        ),
      ),
    );
  await waitFor(() => arrivals.length >= RUNS, 180_000);
  const seconds = (Math.max(...arrivals.map((a) => a.at)) - started) / 1000;
  console.log(
    `workflows: ${arrivals.length}/${RUNS} runs of a 3-step workflow in ${seconds.toFixed(1)} s: ` +
      `${(arrivals.length / seconds).toFixed(1)} runs/s by one process (WORKFLOWS_CONCURRENCY 8)`,
  );
} finally {
  receiver.close();
  await platform.stop();
  await pg.stop();
}
