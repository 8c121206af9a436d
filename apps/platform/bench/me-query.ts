// npm run bench — the `me` query through the gateway beside the same query sent straight to
// the identity subgraph with a valid signed header. Loopback only, bounded runs.
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { startEmbeddedPostgres } from '@pyairtable/db';
import { startPlatform } from '../src/start-platform.ts';
import { CONTEXT_HEADER, signRequest } from '@pyairtable/subgraph-kit';

const DURATION_S = 5;
const CONNECTIONS = 10;
const QUERY = JSON.stringify({ query: '{ me { id email name } }' });

const pg = await startEmbeddedPostgres({
  dataDir: path.join(os.tmpdir(), `pyairtable-bench-${process.pid}`),
  port: 56000 + (process.pid % 1000),
  persistent: false,
});
const platform = await startPlatform({
  env: { LOG_LEVEL: 'silent', POSTGRES_URL: pg.url, SEED_DEMO: 'true' },
  ephemeralPorts: true,
});

async function run(title: string, url: string, headers: () => Record<string, string>) {
  const result = await autocannon({
    title,
    url,
    method: 'POST',
    connections: CONNECTIONS,
    duration: DURATION_S,
    headers: { 'content-type': 'application/json' },
    body: QUERY,
    // Signatures are good for one request: each one is signed as it is sent.
    requests: [{ setupRequest: (req) => ({ ...req, headers: { ...req.headers, ...headers() } }) }],
  });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${title}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { title, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

try {
  const login = await fetch(platform.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query:
        'mutation { logIn(input: { email: "demo@example.com", password: "demo-password" }) { accessToken user { id email } } }',
    }),
  }).then(
    (r) =>
      r.json() as Promise<{
        data: { logIn: { accessToken: string; user: { id: string; email: string } } };
      }>,
  );
  const { accessToken, user } = login.data.logIn;
  const signed = () => ({
    [CONTEXT_HEADER]: signRequest(
      {
        requestId: 'bench',
        userId: user.id,
        email: user.email,
        sessionId: null,
        apiKeyId: null,
        ip: '127.0.0.1',
        issuedAt: Date.now(),
      },
      { audience: 'identity', method: 'POST', path: '/graphql', body: QUERY },
      'dev-only-gateway-signing-secret-change-me',
    ),
  });
  console.log(
    `me query, ${CONNECTIONS} connections, ${DURATION_S} s each, on ${os.cpus().length} cores\n`,
  );
  const direct = await run(
    'identity subgraph (direct, signed)',
    platform.subgraphUrls.identity!,
    signed,
  );
  const gateway = await run('gateway (JWT, query plan, signed hop)', platform.gatewayUrl, () => ({
    authorization: `Bearer ${accessToken}`,
  }));
  console.log('| path | req/s | p50 ms | p99 ms |\n|---|---:|---:|---:|');
  for (const r of [direct, gateway])
    console.log(`| ${r.title} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} |`);
  console.log(
    `\ngateway / direct throughput: ${(gateway.rps / direct.rps).toFixed(2)}×   p50 latency: ${(gateway.p50 / Math.max(direct.p50, 0.01)).toFixed(2)}×`,
  );
} finally {
  await platform.stop();
  await pg.stop();
}
