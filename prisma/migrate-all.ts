import { applyMigrations, ensureDatabase } from '@pyairtable/db';
import type { SubgraphData } from './subgraph-databases.ts';

export interface MigrationTarget {
  subgraph: SubgraphData;
  /** The subgraph's own database URL, when set; otherwise a database on `serverUrl`. */
  databaseUrl?: string;
}

/** Creates each subgraph's database (when on the shared server) and applies its pending migrations. */
export async function migrateAll(
  serverUrl: string | undefined,
  targets: MigrationTarget[],
  onProgress: (line: string) => void = () => undefined,
): Promise<Record<string, string>> {
  const urls: Record<string, string> = {};
  for (const { subgraph, databaseUrl } of targets) {
    if (!databaseUrl && !serverUrl)
      throw new Error(`No database for ${subgraph.name}: set POSTGRES_URL or its DATABASE_URL.`);
    const url = databaseUrl ?? (await ensureDatabase(serverUrl!, subgraph.database));
    const applied = await applyMigrations(url, subgraph.migrationsDir);
    onProgress(
      `${subgraph.name}: ${applied.length ? `applied ${applied.join(', ')}` : 'up to date'}`,
    );
    urls[subgraph.name] = url;
  }
  return urls;
}
