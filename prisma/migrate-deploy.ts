// npm run migrate:deploy — applies pending migrations of every subgraph, offline.
// Uses POSTGRES_URL (one database per subgraph on that server) or <NAME>_DATABASE_URL per subgraph.
import { loadConfig, platformEnv, readDatabaseUrlOverrides } from '@pyairtable/config';
import { ensureDatabase } from '@pyairtable/db';
import { migrateAll } from './migrate-all.ts';
import { listSubgraphs } from './subgraph-databases.ts';

const config = loadConfig(platformEnv);
const overrides = readDatabaseUrlOverrides();
await migrateAll(
  config.POSTGRES_URL,
  listSubgraphs().map((subgraph) => ({ subgraph, databaseUrl: overrides[subgraph.name] })),
  (line) => console.log(line),
);
// The gateway's durable audit outbox (its table is made by @pyairtable/audit-client).
if (config.POSTGRES_URL && !overrides.gateway)
  console.log(`gateway outbox: ${new URL(await ensureDatabase(config.POSTGRES_URL, 'pyairtable_gateway')).pathname}`);
