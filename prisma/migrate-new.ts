// npm run migrate:new -- <subgraph> <migration_name>
// Writes prisma/migrations/<timestamp>_<name>/migration.sql for the difference between the
// subgraph's committed migrations and its schema.prisma, using Prisma's schema engine (wasm).
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, platformEnv } from '@pyairtable/config';
import { startEmbeddedPostgres } from '@pyairtable/db';
import { diffMigrationsToSchema } from '@pyairtable/db/schema-diff';
import { findSubgraph } from './subgraph-databases.ts';

const [subgraphName, rawName] = process.argv.slice(2);
const subgraph = findSubgraph(subgraphName);
const name = (rawName ?? '')
  .toLowerCase()
  .replace(/[^a-z0-9]+/g, '_')
  .replace(/^_|_$/g, '');
if (!name) throw new Error('Usage: npm run migrate:new -- <subgraph> <migration_name>');

const config = loadConfig(platformEnv);
// A throwaway server, so this never touches the data of a running `npm start`.
const embedded = config.POSTGRES_URL
  ? null
  : await startEmbeddedPostgres({
      dataDir: path.join(os.tmpdir(), `pyairtable-migrate-${process.pid}`),
      port: 55000 + (process.pid % 1000),
      persistent: false,
    });
try {
  const sql = await diffMigrationsToSchema({
    serverUrl: config.POSTGRES_URL ?? embedded!.url,
    schemaPath: subgraph.schemaPath,
    migrationsDir: subgraph.migrationsDir,
  });
  if (!sql) {
    console.log(`${subgraph.name}: schema.prisma matches its migrations; nothing to write.`);
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
    const dir = path.join(subgraph.migrationsDir, `${stamp}_${name}`);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'migration.sql'), `${sql}\n`);
    await writeFile(
      path.join(subgraph.migrationsDir, 'migration_lock.toml'),
      'provider = "postgresql"\n',
    );
    console.log(`${subgraph.name}: wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
  }
} finally {
  await embedded?.stop();
}
