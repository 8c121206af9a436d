// npm run bench — live subscriptions at 1,000 and 10,000 concurrent subscribers on loopback:
// mutation-to-delivery latency (p50/p99) and subgraph requests per event, with the gateway's
// fan-out sharing on and off. Subscribers are 20 viewers of the demo workspace, 10
// subscriptions per connection, all to `recordChanged` on Deals with a cross-subgraph field.
// Mutations go through the platform's own gateway, so the measured gateways count only the
// requests their subscribers cause. Bounded: a few events per run, each with a deadline.
import os from 'node:os';
import path from 'node:path';
import { DEMO_ACCOUNT } from '@pyairtable/data';
import { databaseUrl, startEmbeddedPostgres } from '@pyairtable/db';
import { createEventBus } from '@pyairtable/events';
import { main as startGateway } from '@pyairtable/gateway';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { startPlatform } from '../src/start-platform.ts';

const VIEWERS = 20;
const PER_CONNECTION = 10;
const EVENTS = 2;
const CONNECT_WAVE = 50;
const EVENT_DEADLINE_MS = 120_000;
// BENCH_SUBSCRIBERS=1000 runs one size only.
const MODES = process.env.BENCH_SHARING ? [process.env.BENCH_SHARING === 'on'] : [true, false];
const SIZES = process.env.BENCH_SUBSCRIBERS
  ? [Number(process.env.BENCH_SUBSCRIBERS)]
  : [1_000, 10_000];
const SUBSCRIPTION = `subscription ($b: ID!, $t: ID!) {
  recordChanged(baseId: $b, tableId: $t) { kind changedFields record { id fields createdBy { email } } }
}`;

const pg = await startEmbeddedPostgres({
  dataDir: path.join(os.tmpdir(), `pyairtable-bench-subs-${process.pid}`),
  port: 56000 + (process.pid % 1000),
  persistent: false,
  onLog: (line) => process.env.PG_LOG && process.stderr.write(`pg: ${line}\n`),
});
const platform = await startPlatform({
  env: { LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent', POSTGRES_URL: pg.url, SEED_DEMO: 'true' },
  ephemeralPorts: true,
});

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
  ] ?? NaN;

/** A gateway metric, summed over its labels. */
async function metric(gatewayUrl: string, name: string): Promise<number> {
  const text = await (await fetch(new URL('/metrics', gatewayUrl))).text();
  return [...text.matchAll(new RegExp(`^${name}(?:\\{[^}]*\\})? (-?\\d+)$`, 'gm'))].reduce(
    (sum, m) => sum + Number(m[1]),
    0,
  );
}

interface RunResult {
  subscribers: number;
  sharing: boolean;
  subscribeSeconds: number;
  p50: number;
  p99: number;
  /** The mutation's own round trip (until Airtable accepted the write), p50. */
  write: number;
  /** From the event reaching the bus to each subscriber. */
  fanOutP50: number;
  fanOutP99: number;
  delivered: number;
  expected: number;
  requestsPerEvent: number;
}

try {
  const owner = (
    await gql('mutation ($i: LogInInput!) { logIn(input: $i) { accessToken } }', {
      i: { email: DEMO_ACCOUNT.email, password: DEMO_ACCOUNT.password },
    })
  ).logIn.accessToken as string;
  const baseId = platform.airtableLocal.demoBaseId!;
  for (;;) {
    const { base } = await gql(
      'query ($id: ID!) { base(id: $id) { sync { state } } }',
      { id: baseId },
      owner,
    );
    if (base.sync.state === 'READY') break;
    await new Promise((r) => setTimeout(r, 50));
  }
  const { base } = await gql(
    'query ($id: ID!) { base(id: $id) { workspace { id } table(idOrName: "Deals") { id } } }',
    { id: baseId },
    owner,
  );
  const workspaceId = base.workspace.id as string;
  const deals = base.table.id as string;
  const recordId = (
    await gql(
      'query ($b: ID!, $t: ID!) { records(baseId: $b, tableId: $t, first: 1) { edges { node { id } } } }',
      { b: baseId, t: deals },
      owner,
    )
  ).records.edges[0].node.id as string;

  const viewers: string[] = [];
  for (let i = 0; i < VIEWERS; i++) {
    const email = `bench-viewer-${i}-${process.pid}@example.com`;
    const token = (
      await gql('mutation ($i: SignUpInput!) { signUp(input: $i) { accessToken } }', {
        i: { email, password: 'bench viewer password', name: `Viewer ${i}` },
      })
    ).signUp.accessToken as string;
    const invited = await gql(
      'mutation ($i: InviteMemberInput!) { inviteMember(input: $i) { token } }',
      { i: { workspaceId, email, role: 'VIEWER' } },
      owner,
    );
    await gql(
      'mutation ($t: String!) { acceptInvitation(token: $t) { id } }',
      { t: invited.inviteMember.token },
      token,
    );
    viewers.push(token);
  }

  // Two extra gateways on the platform's subgraphs and event bus: one shares, one does not.
  const gatewayEnv = (sharing: boolean) => ({
    LOG_LEVEL: 'silent',
    PORT: '0',
    EVENTS_DATABASE_URL: databaseUrl(pg.url, 'pyairtable_events'),
    SUBSCRIPTION_SHARING: String(sharing),
    MAX_SUBSCRIPTIONS_PER_CONNECTION: String(PER_CONNECTION),
    MAX_SUBSCRIPTIONS_PER_WORKSPACE: '20000',
    ...Object.fromEntries(
      Object.entries(platform.subgraphUrls).map(([name, url]) => [
        `SUBGRAPH_${name.toUpperCase().replace(/-/g, '_')}_URL`,
        url,
      ]),
    ),
  });
  const gateways = {
    on: await startGateway(gatewayEnv(true)),
    off: await startGateway(gatewayEnv(false)),
  };

  // When each record event reaches the bus, to tell the gateway's fan-out from the write path.
  const bus = await createEventBus({ databaseUrl: databaseUrl(pg.url, 'pyairtable_events') });
  const onBus = new Map<string, number>(); // record change event → arrival
  bus.subscribe(
    (event) => {
      if (event.type === 'record.changed' && event.recordId === recordId)
        onBus.set(event.id, performance.now());
    },
    { types: ['record.changed'] },
  );

  let edits = 0;
  const edit = async () => {
    const label = `bench ${++edits}`;
    const started = performance.now();
    await gql(
      'mutation ($b: ID!, $t: ID!, $r: [RecordUpdateInput!]!) { updateRecords(baseId: $b, tableId: $t, records: $r) { status } }',
      { b: baseId, t: deals, r: [{ id: recordId, fields: { 'Next Step': label } }] },
      owner,
    );
    return { label, started, applied: performance.now() };
  };

  async function run(subscribers: number, sharing: boolean): Promise<RunResult> {
    const gatewayUrl = sharing ? gateways.on.url : gateways.off.url;
    const connections: Client[] = [];
    const heard = new Map<string, number[]>(); // label → delivery times
    let subscribed = 0;
    let errors = 0;
    let firstError: unknown;
    const pending: Promise<void>[] = [];
    let lastReport = performance.now();
    const started = performance.now();
    for (let c = 0; c * PER_CONNECTION < subscribers; c++) {
      const client = createClient({
        url: gatewayUrl.replace('http', 'ws'),
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${viewers[c % VIEWERS]}` },
        retryAttempts: 0,
      });
      connections.push(client);
      // Clients arrive in waves of CONNECT_WAVE connections, as after a deploy, not all at once.
      const connected = new Promise<void>((resolve) => {
        client.on('connected', () => resolve());
        client.on('closed', () => resolve());
      });
      if (c % CONNECT_WAVE === CONNECT_WAVE - 1) pending.push(connected);
      for (let s = 0; s < PER_CONNECTION && subscribed < subscribers; s++, subscribed++) {
        client.subscribe(
          { query: SUBSCRIPTION, variables: { b: baseId, t: deals } },
          {
            next: (result: any) => {
              if (result.errors) return void (errors++, (firstError ??= result.errors));
              const label = result.data.recordChanged.record?.fields['Next Step'];
              const times = heard.get(label) ?? [];
              times.push(performance.now());
              heard.set(label, times);
            },
            error: (error: any) =>
              void (
                errors++,
                (firstError ??= error?.code ? `closed ${error.code} ${error.reason}` : error)
              ),
            complete: () => undefined,
          },
        );
      }
      if (pending.length) {
        await Promise.all(pending.splice(0));
        if (performance.now() - lastReport > 10_000) {
          lastReport = performance.now();
          process.stdout.write(`    … ${c + 1} connections open\n`);
        }
      }
    }
    // Subscribed once the gateway counts them all active (it does after each one's checks).
    for (;;) {
      const active = await metric(gatewayUrl, 'gateway_subscriptions_active');
      if (active >= subscribers) break;
      if (performance.now() - lastReport > 10_000) {
        lastReport = performance.now();
        process.stdout.write(
          `    … ${active}/${subscribers} subscribed, ${onBus.size} events so far\n`,
        );
      }
      if (errors > 0)
        throw new Error(
          `${errors} subscription errors while subscribing, first: ${JSON.stringify(firstError)}`,
        );
      if (performance.now() - started > 600_000)
        throw new Error('Subscribers never all registered.');
      await new Promise((r) => setTimeout(r, 100));
    }
    const subscribeSeconds = (performance.now() - started) / 1000;

    const latencies: number[] = [];
    const fanOut: number[] = [];
    const writes: number[] = [];
    let delivered = 0;
    const before = await metric(gatewayUrl, 'gateway_subgraph_requests_total');
    for (let e = 0; e < EVENTS; e++) {
      const seen = new Set(onBus.keys());
      const { label, started: sent, applied } = await edit();
      writes.push(applied - sent);
      const deadline = performance.now() + EVENT_DEADLINE_MS;
      while ((heard.get(label)?.length ?? 0) < subscribers && performance.now() < deadline)
        await new Promise((r) => setTimeout(r, 20));
      const times = heard.get(label) ?? [];
      delivered += times.length;
      latencies.push(...times.map((t) => t - sent));
      const arrived = [...onBus].find(([id]) => !seen.has(id))?.[1];
      if (arrived !== undefined) fanOut.push(...times.map((t) => t - arrived));
    }
    const requestsPerEvent =
      ((await metric(gatewayUrl, 'gateway_subgraph_requests_total')) - before) / EVENTS;
    await Promise.all(connections.map((c) => c.dispose()));
    while ((await metric(gatewayUrl, 'gateway_subscriptions_active')) > 0)
      await new Promise((r) => setTimeout(r, 100));
    return {
      subscribers,
      sharing,
      subscribeSeconds,
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      write: percentile(writes, 50),
      fanOutP50: percentile(fanOut, 50),
      fanOutP99: percentile(fanOut, 99),
      delivered,
      expected: subscribers * EVENTS,
      requestsPerEvent,
    };
  }

  const rows: RunResult[] = [];
  for (const subscribers of SIZES) {
    for (const sharing of MODES) {
      const row = await run(subscribers, sharing);
      rows.push(row);
      process.stdout.write(
        `  ${String(subscribers).padStart(6)} subscribers, sharing ${sharing ? 'on ' : 'off'}: ` +
          `p50 ${row.p50.toFixed(0)} ms, p99 ${row.p99.toFixed(0)} ms ` +
          `(bus → subscriber p50 ${row.fanOutP50.toFixed(0)} ms, p99 ${row.fanOutP99.toFixed(0)} ms), ` +
          `${row.requestsPerEvent.toFixed(1)} subgraph requests/event, ` +
          `${row.delivered}/${row.expected} delivered, subscribed in ${row.subscribeSeconds.toFixed(1)} s ` +
          `(the mutation itself: ${row.write.toFixed(0)} ms)\n`,
      );
    }
  }
  console.log('\nsubscriptions (mutation → delivery, loopback, 2 cores):');
  for (const subscribers of SIZES) {
    const on = rows.find((r) => r.subscribers === subscribers && r.sharing);
    const off = rows.find((r) => r.subscribers === subscribers && !r.sharing);
    if (!on || !off) continue;
    console.log(
      `  ${subscribers.toLocaleString('en')} subscribers: sharing p50 ${on.p50.toFixed(0)} ms / p99 ${on.p99.toFixed(0)} ms, ` +
        `${on.requestsPerEvent.toFixed(1)} subgraph requests per event (fan-out p50 ${on.fanOutP50.toFixed(0)} ms); without sharing p50 ${off.p50.toFixed(0)} ms / p99 ${off.p99.toFixed(0)} ms, ` +
        `${off.requestsPerEvent.toFixed(1)} requests per event (fan-out p50 ${off.fanOutP50.toFixed(0)} ms) → latency ${(on.p50 / off.p50).toFixed(3)}× (p50), ` +
        `load ${(on.requestsPerEvent / off.requestsPerEvent).toFixed(4)}× with sharing` +
        (off.delivered < off.expected
          ? ` (without sharing, ${off.delivered}/${off.expected} delivered in time)`
          : ''),
    );
  }
  await gateways.on.close();
  await gateways.off.close();
  await bus.close();
} finally {
  await platform.stop();
  await pg.stop();
}
