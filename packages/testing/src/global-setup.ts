import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { readSupergraphManifest, loadConfig, z } from '@pyairtable/config';
import {
  applyMigrations,
  dropDatabase,
  ensureDatabase,
  startEmbeddedPostgres,
} from '@pyairtable/db';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import './provided-context.ts';

const TestEnv = {
  /** Run against this server (e.g. postgres://postgres@127.0.0.1:5432/postgres) instead of an embedded one. */
  TEST_POSTGRES_URL: z.string().url().optional(),
};

const ROOT = path.resolve(import.meta.dirname, '../../..');

// Apps that keep their own database (not subgraphs): name and migrations folder.
const APPS_WITH_DATABASES = [
  { name: 'airtable-local', migrationsDir: path.join(ROOT, 'apps/airtable-local/migrations') },
];

/**
 * Starts one PostgreSQL for the whole run (embedded, or TEST_POSTGRES_URL), and builds a
 * migrated template database per subgraph, so each test file clones its own in milliseconds.
 */
export default async function setup(project: TestProject) {
  const config = loadConfig(TestEnv);
  const runId = randomBytes(3).toString('hex');
  const embedded = config.TEST_POSTGRES_URL
    ? null
    : await startEmbeddedPostgres({
        dataDir: path.join(os.tmpdir(), `pyairtable-test-${runId}`),
        port: 20000 + Math.floor(Math.random() * 20000),
        persistent: false,
      });
  const serverUrl = config.TEST_POSTGRES_URL ?? embedded!.url;
  const prefix = `t${runId}_`;
  const { subgraphs } = readSupergraphManifest(path.join(ROOT, 'supergraph.yaml'));
  const templates = [
    ...subgraphs.map((s) => ({
      name: s.name,
      migrationsDir: path.join(s.dir, 'prisma', 'migrations'),
    })),
    ...APPS_WITH_DATABASES,
  ];
  for (const template of templates) {
    const url = await ensureDatabase(serverUrl, `${prefix}tpl_${template.name.replace(/-/g, '_')}`);
    await applyMigrations(url, template.migrationsDir);
  }
  project.provide('postgresUrl', serverUrl);
  project.provide('databasePrefix', prefix);

  return async () => {
    if (embedded) return embedded.stop();
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    const { rows } = await client.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE datname LIKE $1',
      [`${prefix}%`],
    );
    await client.end();
    for (const row of rows) await dropDatabase(serverUrl, row.datname);
  };
}
