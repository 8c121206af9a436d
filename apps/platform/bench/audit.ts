// npm run bench — audit: the overhead of recording on a write mutation (p50 through a gateway
// with the durable outbox against one without, same subgraphs, calls interleaved), and the
// p50 of a filtered auditLog page once the workspace's log holds AUDIT_BENCH_ENTRIES entries
// (1,000,000 by default), seeded straight into the audit database.
import os from 'node:os';
import path from 'node:path';
import { createGateway, loadGatewayConfig } from '@pyairtable/gateway';
import { databaseUrl, startEmbeddedPostgres } from '@pyairtable/db';
import { createLogger } from '@pyairtable/subgraph-kit';
import pg from 'pg';
import { startPlatform } from '../src/start-platform.ts';

const WRITES = 300;
const PAGES = 40;
const ENTRIES = Number(process.env.AUDIT_BENCH_ENTRIES ?? 1_000_000);

const embedded = await startEmbeddedPostgres({
  dataDir: path.join(os.tmpdir(), `pyairtable-bench-audit-${process.pid}`),
  port: 57000 + (process.pid % 1000),
  persistent: false,
});
const platform = await startPlatform({
  env: { LOG_LEVEL: 'silent', POSTGRES_URL: embedded.url, SEED_DEMO: 'true' },
  ephemeralPorts: true,
});
// The same graph without audit: no outbox database, so nothing is recorded.
const plainEnv: NodeJS.ProcessEnv = { LOG_LEVEL: 'silent', PORT: '0' };
for (const [name, url] of Object.entries(platform.subgraphUrls))
  plainEnv[`SUBGRAPH_${name.toUpperCase()}_URL`] = url;
const plain = await createGateway({
  config: loadGatewayConfig(plainEnv),
  logger: createLogger('gateway', 'silent'),
}).listen(0);

async function gql(url: string, query: string, variables: object = {}, token?: string) {
  const res = await fetch(url, {
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
const p50 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
async function timed(run: () => Promise<unknown>) {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

const sql = new pg.Pool({ connectionString: databaseUrl(embedded.url, 'pyairtable_audit') });
try {
  const token = (
    await gql(
      platform.gatewayUrl,
      'mutation { logIn(input: { email: "demo@example.com", password: "demo-password" }) { accessToken } }',
    )
  ).logIn.accessToken as string;
  const workspaceId = (await gql(platform.gatewayUrl, '{ me { workspaces { id } } }', {}, token)).me
    .workspaces[0].id as string;

  // 1. A write mutation with and without audit (renameWorkspace: a plain database write, so
  // the recording's share is not hidden behind Airtable's pacing of record writes).
  const rename = (url: string, i: number) => () =>
    gql(
      url,
      'mutation ($i: RenameWorkspaceInput!) { renameWorkspace(input: $i) { id } }',
      { i: { id: workspaceId, name: `Demo ${i}` } },
      token,
    );
  for (let i = 0; i < 30; i++) {
    await rename(platform.gatewayUrl, i)();
    await rename(plain.url, i)();
  }
  const withAudit: number[] = [];
  const without: number[] = [];
  for (let i = 0; i < WRITES; i++) {
    withAudit.push(await timed(rename(platform.gatewayUrl, i)));
    without.push(await timed(rename(plain.url, i)));
  }
  const ratio = p50(withAudit) / p50(without);
  console.log('\n## Audit: overhead on a write mutation (renameWorkspace, sequential)\n');
  console.log('| gateway | p50 ms |\n|---|---:|');
  console.log(`| without audit | ${p50(without).toFixed(2)} |`);
  console.log(`| with audit (outbox insert before the answer) | ${p50(withAudit).toFixed(2)} |`);
  console.log(`\nratio: ${ratio.toFixed(2)}× (goal ≤ 1.1×)`);

  // 2. A filtered page over a large log. Rows are seeded with SQL (their hashes are not a
  // chain: this measures reading, not verifying).
  const seeded = performance.now();
  const chunk = 200_000;
  for (let from = 0; from < ENTRIES; from += chunk) {
    await sql.query(
      `INSERT INTO audit_entry (id, chain, position, "workspaceId", at, "userId", path, operation,
         outcome, target, "targetKeys", "prevHash", hash)
       SELECT gen_random_uuid(), 'bench', g, $1::uuid, now() - (g || ' seconds')::interval,
         'user-' || (g % 50), CASE WHEN g % 10 = 0 THEN 'rest-proxy' ELSE 'graphql' END,
         (ARRAY['updateRecords','createRecords','deleteRecords','inviteMember'])[1 + g % 4],
         CASE WHEN g % 25 = 0 THEN 'refused' ELSE 'ok' END,
         jsonb_build_object('recordIds', jsonb_build_array('rec' || g)),
         ARRAY['rec' || g, 'app' || (g % 20)], '', ''
       FROM generate_series($2::bigint, $3::bigint) AS g`,
      [workspaceId, from + 1, Math.min(ENTRIES, from + chunk)],
    );
  }
  await sql.query('ANALYZE audit_entry');
  const seedSeconds = (performance.now() - seeded) / 1000;
  const filters: [string, object][] = [
    ['none', {}],
    ['operation', { operation: 'deleteRecords' }],
    ['actor', { actor: 'user-7' }],
    ['target (a base)', { target: 'app3' }],
    ['outcome + path', { outcome: 'REFUSED', path: 'REST_PROXY' }],
    [
      'time window (1 day)',
      {
        from: new Date(Date.now() - 2 * 86_400_000).toISOString(),
        to: new Date(Date.now() - 86_400_000).toISOString(),
      },
    ],
  ];
  console.log(
    `\n## Audit: a filtered auditLog page (first: 50) at ${ENTRIES.toLocaleString('en')} entries\n`,
  );
  console.log(`(seeded in ${seedSeconds.toFixed(1)} s)\n`);
  console.log(
    '| filter | matching | p50 ms, first page | p50 ms, a later page | p50 ms, page + totalCount |\n|---|---:|---:|---:|---:|',
  );
  const page = (count: boolean) =>
    `query ($w: ID!, $f: AuditLogFilter, $a: String) { auditLog(workspaceId: $w, filter: $f, first: 50, after: $a) { ${count ? 'totalCount' : ''} edges { node { id at operation actor { id } target } } pageInfo { endCursor } } }`;
  for (const [name, filter] of filters) {
    const run = (count: boolean, after?: string) => () =>
      gql(platform.gatewayUrl, page(count), { w: workspaceId, f: filter, a: after }, token);
    const first = await run(true)();
    // A page 20 pages in, reached by cursor.
    let after: string | undefined;
    for (let i = 0; i < 20; i++)
      after = (await run(false, after)()).auditLog.pageInfo.endCursor ?? undefined;
    const times: number[] = [];
    const later: number[] = [];
    const counted: number[] = [];
    for (let i = 0; i < PAGES; i++) {
      times.push(await timed(run(false)));
      later.push(await timed(run(false, after)));
      if (i < PAGES / 4) counted.push(await timed(run(true)));
    }
    console.log(
      `| ${name} | ${first.auditLog.totalCount.toLocaleString('en')} | ${p50(times).toFixed(1)} | ${p50(later).toFixed(1)} | ${p50(counted).toFixed(1)} |`,
    );
  }
} finally {
  await sql.end();
  await plain.close();
  await platform.stop();
  await embedded.stop();
}
