// npm run bench — the airtable subgraph against airtable-local at Airtable's real limits
// (5 requests/s per base): initial sync speed, write throughput, and mirror query latency
// on a 100k-record table beside the same query sent to airtable-local. Loopback, bounded.
import os from 'node:os';
import path from 'node:path';
import { createStore, seedAirtableLocal } from '@pyairtable/airtable-local';
import { largeBase } from '@pyairtable/airtable-local/large-base';
import { databaseUrl, startEmbeddedPostgres } from '@pyairtable/db';
import { startPlatform } from '../src/start-platform.ts';
import { loadLargeMirror } from './large-mirror.ts';

const LARGE_RECORDS = 100_000;
const QUERY_RUNS = 15;
const WRITES = 100;
const SYNC_RECORDS = 5_000;

const pg = await startEmbeddedPostgres({
  dataDir: path.join(os.tmpdir(), `pyairtable-bench-at-${process.pid}`),
  port: 57000 + (process.pid % 1000),
  persistent: false,
});
const platform = await startPlatform({
  env: { LOG_LEVEL: 'silent', POSTGRES_URL: pg.url, SEED_DEMO: 'true' },
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
  ]!;
const ms = (n: number) => `${n.toFixed(0)} ms`;

try {
  const token = (
    await gql(
      'mutation { logIn(input: { email: "demo@example.com", password: "demo-password" }) { accessToken } }',
    )
  ).logIn.accessToken as string;
  const baseId = platform.airtableLocal.demoBaseId!;
  for (;;) {
    const { base } = await gql(
      'query ($id: ID!) { base(id: $id) { sync { state } } }',
      { id: baseId },
      token,
    );
    if (base.sync.state === 'READY') break;
    await new Promise((r) => setTimeout(r, 50));
  }

  // 1. Initial sync at real limits: a 5,000-record base added to the demo connection.
  const localStore = createStore(databaseUrl(pg.url, 'pyairtable_airtable_local'));
  const syncBench = await seedAirtableLocal(localStore, {
    token: platform.airtableLocal.token,
    base: () => ({ ...largeBase({ records: SYNC_RECORDS, seed: 7 }), name: 'Sync Bench' }),
    baseName: 'Sync Bench',
  });
  await localStore.close();
  const connectionId = (
    await gql('query { me { workspaces { airtableConnections { id } } } }', {}, token)
  ).me.workspaces[0].airtableConnections[0].id;
  let started = performance.now();
  await gql(
    'mutation ($i: SyncBaseInput!) { syncBase(input: $i) { id } }',
    { i: { connectionId, baseId: syncBench.baseId } },
    token,
  );
  let synced = 0;
  for (;;) {
    const { base } = await gql(
      'query ($id: ID!) { base(id: $id) { sync { state recordsDone } } }',
      { id: syncBench.baseId },
      token,
    );
    if (base.sync.state === 'READY') {
      synced = base.sync.recordsDone;
      break;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  const syncSeconds = (performance.now() - started) / 1000;
  const syncRate = synced / syncSeconds;

  // 2. Write throughput: single-record updates issued at once.
  const deals = (
    await gql(
      'query ($id: ID!) { base(id: $id) { table(idOrName: "Deals") { id } } }',
      { id: baseId },
      token,
    )
  ).base.table.id;
  const ids = (
    await gql(
      'query ($b: ID!, $t: ID!, $n: Int) { records(baseId: $b, tableId: $t, first: $n) { edges { node { id } } } }',
      { b: baseId, t: deals, n: WRITES },
      token,
    )
  ).records.edges.map((e: any) => e.node.id);
  started = performance.now();
  await Promise.all(
    ids.map((id: string, i: number) =>
      gql(
        'mutation ($b: ID!, $t: ID!, $r: [RecordUpdateInput!]!) { updateRecords(baseId: $b, tableId: $t, records: $r) { status } }',
        { b: baseId, t: deals, r: [{ id, fields: { 'Next Step': `bench ${i}` } }] },
        token,
      ),
    ),
  );
  const writeRate = WRITES / ((performance.now() - started) / 1000);

  // 3. Mirror query latency on 100k records: the large base goes into airtable-local, and
  // straight into the mirror (a sync of 100k records at 5 requests/s would take minutes).
  const { baseId: largeBaseId, table } = await loadLargeMirror(
    platform,
    pg.url,
    baseId,
    LARGE_RECORDS,
  );
  const large = { baseId: largeBaseId };

  const priceField =
    table.fields.find((f: any) => f.type === 'currency' || f.name === 'Price')?.name ??
    table.fields[1].name;
  const filter = `AND({${priceField}} > 100, {${priceField}} < 400)`;
  const timeIt = async (run: () => Promise<unknown>) => {
    await run(); // warm-up
    const times: number[] = [];
    for (let i = 0; i < QUERY_RUNS; i++) {
      const t = performance.now();
      await run();
      times.push(performance.now() - t);
    }
    return times;
  };
  const mirrorQuery = (f: string) =>
    gql(
      'query ($b: ID!, $t: ID!, $f: String, $s: [SortInput!]) { records(baseId: $b, tableId: $t, filterByFormula: $f, sort: $s, first: 50) { totalCount edges { node { id fields } } } }',
      { b: large.baseId, t: table.id, f, s: [{ field: priceField, direction: 'DESC' }] },
      token,
    );
  // Repeats of one query are answered by the query cache; a new filter each time is computed.
  const mirrorTimes = await timeIt(() => mirrorQuery(filter));
  let variant = 0;
  const uncachedTimes = await timeIt(() =>
    mirrorQuery(`AND({${priceField}} > ${100 + ++variant}, {${priceField}} < 400)`),
  );
  const directTimes = await timeIt(async () => {
    const res = await fetch(
      `${platform.airtableLocal.url}/v0/${large.baseId}/${table.id}?pageSize=50&filterByFormula=${encodeURIComponent(filter)}&sort%5B0%5D%5Bfield%5D=${encodeURIComponent(priceField)}&sort%5B0%5D%5Bdirection%5D=desc`,
      { headers: { authorization: `Bearer ${platform.airtableLocal.token}` } },
    );
    if (res.status === 429) throw new Error('airtable-local rate limited the bench');
    return res.json();
  });

  console.log(
    `airtable subgraph against airtable-local, Airtable's real limits (5 req/s per base), ${os.cpus().length} cores\n`,
  );
  console.log('| measure | figure | ideal | ratio |\n|---|---:|---:|---:|');
  console.log(
    `| initial sync (${synced} records) | ${syncRate.toFixed(0)} records/s (${syncSeconds.toFixed(1)} s) | 500 records/s | ${(syncRate / 500).toFixed(2)} |`,
  );
  console.log(
    `| writes (${WRITES} single-record updates at once) | ${writeRate.toFixed(1)} records/s | 50 records/s | ${(writeRate / 50).toFixed(2)} |`,
  );
  console.log(
    `\nfiltered, sorted page of 50 on ${LARGE_RECORDS.toLocaleString()} records (${QUERY_RUNS} runs):\n`,
  );
  console.log('| path | p50 | p99 |\n|---|---:|---:|');
  console.log(
    `| mirror through the gateway, repeated query (cached) | ${ms(percentile(mirrorTimes, 50))} | ${ms(percentile(mirrorTimes, 99))} |`,
  );
  console.log(
    `| mirror through the gateway, new filter each time | ${ms(percentile(uncachedTimes, 50))} | ${ms(percentile(uncachedTimes, 99))} |`,
  );
  console.log(
    `| airtable-local directly | ${ms(percentile(directTimes, 50))} | ${ms(percentile(directTimes, 99))} |`,
  );
  const ratio = (times: number[]) =>
    (percentile(times, 50) / percentile(directTimes, 50)).toFixed(3);
  console.log(
    `\nmirror / direct p50: ${ratio(uncachedTimes)}× computed, ${ratio(mirrorTimes)}× cached`,
  );
} finally {
  await platform.stop();
  await pg.stop();
}
