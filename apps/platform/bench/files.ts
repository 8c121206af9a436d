// npm run bench — files: upload throughput through the gateway (tus, loopback), and a CSV
// import's time against the floor Airtable's limits allow (10 records per request, 5 requests
// per second per base: 50 records/s), as a ratio. BENCH_IMPORT_ROWS sets the size (3,000 by
// default, a minute at the floor; the figure is for 100,000, about 34 minutes).
import { createHash, randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '@pyairtable/db';
import { startPlatform } from '../src/start-platform.ts';

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 3_000);
const UPLOAD_MB = 64;

const pg = await startEmbeddedPostgres({
  dataDir: path.join(os.tmpdir(), `pyairtable-bench-files-${process.pid}`),
  port: 57000 + (process.pid % 1000),
  persistent: false,
});
const platform = await startPlatform({
  env: {
    LOG_LEVEL: 'silent',
    POSTGRES_URL: pg.url,
    SEED_DEMO: 'true',
    DATA_DIR: path.join(os.tmpdir(), `pyairtable-bench-files-data-${process.pid}`),
  },
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

async function upload(
  token: string,
  workspaceId: string,
  name: string,
  bytes: Buffer,
  type: string,
) {
  const { createUpload } = await gql(
    'mutation ($i: CreateUploadInput!) { createUpload(input: $i) { uploadUrl file { id } } }',
    { i: { workspaceId, filename: name, size: bytes.length, contentType: type } },
    token,
  );
  const started = performance.now();
  const res = await fetch(createUpload.uploadUrl, {
    method: 'PATCH',
    headers: {
      authorization: `Bearer ${token}`,
      'tus-resumable': '1.0.0',
      'upload-offset': '0',
      'content-type': 'application/offset+octet-stream',
    },
    body: bytes,
  });
  if (res.status !== 204) throw new Error(`upload answered ${res.status}: ${await res.text()}`);
  return { id: createUpload.file.id as string, seconds: (performance.now() - started) / 1000 };
}

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
    await new Promise((r) => setTimeout(r, 200));
  }

  const blob = randomBytes(UPLOAD_MB * 1024 * 1024);
  blob.set([0x50, 0x4b, 0x03, 0x04], 0); // a ZIP, an accepted type
  const uploaded = await upload(token, workspaceId, 'blob.zip', blob, 'application/zip');
  const { file } = await gql(
    'query ($id: ID!) { file(id: $id) { sha256 } }',
    { id: uploaded.id },
    token,
  );
  if (file.sha256 !== createHash('sha256').update(blob).digest('hex')) throw new Error('checksum');
  console.log(
    `files: upload ${UPLOAD_MB} MB through the gateway (tus, one PATCH, loopback): ${(UPLOAD_MB / uploaded.seconds).toFixed(1)} MB/s`,
  );

  const lines = ['Code,Label,Amount'];
  for (let i = 1; i <= ROWS; i++) lines.push(`B${i},Row ${i},${i}.5`);
  const csv = await upload(
    token,
    workspaceId,
    'bench.csv',
    Buffer.from(lines.join('\n')),
    'text/csv',
  );
  const { startImport } = await gql(
    'mutation ($i: StartImportInput!) { startImport(input: $i) { id } }',
    {
      i: {
        fileId: csv.id,
        baseId,
        newTableName: `Bench ${Date.now()}`,
        mapping: [
          { column: 0, field: 'Code', createType: 'singleLineText' },
          { column: 1, field: 'Label', createType: 'singleLineText' },
          { column: 2, field: 'Amount', createType: 'number' },
        ],
        mergeOn: ['Code'],
      },
    },
    token,
  );
  const started = performance.now();
  let job: {
    status: string;
    rowsWritten: number;
    startedAt: string | null;
    finishedAt: string | null;
  };
  for (;;) {
    job = (
      await gql(
        'query ($id: ID!) { importJob(id: $id) { status rowsWritten startedAt finishedAt } }',
        { id: startImport.id },
        token,
      )
    ).importJob;
    if (!['QUEUED', 'RUNNING'].includes(job.status)) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  const seconds = (performance.now() - started) / 1000;
  const floor = ROWS / 50;
  console.log(
    `files: import ${ROWS} rows (upsert on a merge key) ${job.status} in ${seconds.toFixed(1)} s; ` +
      `Airtable-limit floor ${floor.toFixed(1)} s (10 records × 5 requests/s); ratio ${(seconds / floor).toFixed(3)}`,
  );
} finally {
  await platform.stop();
  await pg.stop();
}
