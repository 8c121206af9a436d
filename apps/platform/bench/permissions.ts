// npm run bench — what permissions cost on reads: a filtered, sorted page of 50 of a
// 100k-record table read by a viewer with a row rule and two hidden fields, beside the same
// page for the same viewer before any rule. Loopback, bounded runs.
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '@pyairtable/db';
import { startPlatform } from '../src/start-platform.ts';
import { loadLargeMirror } from './large-mirror.ts';

const RECORDS = 100_000;
const RUNS = 15;

const pg = await startEmbeddedPostgres({
  dataDir: path.join(os.tmpdir(), `pyairtable-bench-perm-${process.pid}`),
  port: 58000 + (process.pid % 1000),
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

const p50 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const p99 = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(0.99 * values.length))]!;

try {
  const owner = (
    await gql(
      'mutation { logIn(input: { email: "demo@example.com", password: "demo-password" }) { accessToken } }',
    )
  ).logIn.accessToken as string;
  const mine = await gql('query { me { workspaces { id bases { id } } } }', {}, owner);
  const workspaceId = mine.me.workspaces[0].id as string;
  const { baseId, table } = await loadLargeMirror(
    platform,
    pg.url,
    mine.me.workspaces[0].bases[0].id,
    RECORDS,
  );
  const email = `bench-viewer-${process.pid}@example.com`;
  const viewer = (
    await gql('mutation ($i: SignUpInput!) { signUp(input: $i) { accessToken } }', {
      i: { email, password: 'correct horse battery', name: 'Viewer' },
    })
  ).signUp.accessToken as string;
  const invite = await gql(
    'mutation ($i: InviteMemberInput!) { inviteMember(input: $i) { token } }',
    { i: { workspaceId, email, role: 'VIEWER' } },
    owner,
  );
  await gql(
    'mutation ($t: String!) { acceptInvitation(token: $t) { id } }',
    { t: invite.inviteMember.token },
    viewer,
  );

  // A new filter each run, so every page is computed rather than served from the query cache.
  let variant = 0;
  const page = () =>
    gql(
      'query ($b: ID!, $t: ID!, $f: String, $s: [SortInput!]) { records(baseId: $b, tableId: $t, filterByFormula: $f, sort: $s, first: 50) { totalCount edges { node { id fields } } } }',
      {
        b: baseId,
        t: table.id,
        f: `AND({Price} > ${10 + (++variant % 1000) / 100}, {Quantity} > 1)`,
        s: [{ field: 'Price', direction: 'DESC' }],
      },
      viewer,
    );
  const timeIt = async () => {
    await page();
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      await page();
      times.push(performance.now() - started);
    }
    return times;
  };

  const free = await timeIt();
  for (const field of ['Supplier Email', 'Notes'])
    await gql(
      'mutation ($i: SetFieldAccessInput!) { setFieldAccess(input: $i) { id } }',
      { i: { baseId, tableId: table.id, field, role: 'VIEWER', access: 'HIDDEN' } },
      owner,
    );
  await gql(
    'mutation ($i: SetRowRuleInput!) { setRowRule(input: $i) { id } }',
    { i: { baseId, tableId: table.id, role: 'VIEWER', formula: "{Category} != 'Toys'" } },
    owner,
  );
  const ruled = await timeIt();

  console.log(
    `\npermissions on reads: a computed page of 50 on ${RECORDS.toLocaleString()} records (${RUNS} runs, ${os.cpus().length} cores)\n`,
  );
  console.log('| viewer | p50 | p99 |\n|---|---:|---:|');
  console.log(`| no rules (baseline) | ${p50(free).toFixed(0)} ms | ${p99(free).toFixed(0)} ms |`);
  console.log(
    `| a row rule and two hidden fields | ${p50(ruled).toFixed(0)} ms | ${p99(ruled).toFixed(0)} ms |`,
  );
  console.log(`\nrules / no rules p50: ${(p50(ruled) / p50(free)).toFixed(2)}× (goal ≤ 1.2×)`);
} finally {
  await platform.stop();
  await pg.stop();
}
