import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSupergraphManifest, type SubgraphEntry } from '@pyairtable/config';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface SubgraphData extends SubgraphEntry {
  /** Database name on a shared server: one database per subgraph. */
  database: string;
  schemaPath: string;
  migrationsDir: string;
}

/** Every subgraph of supergraph.yaml with where its Prisma schema, migrations and database live. */
export function listSubgraphs(): SubgraphData[] {
  return readSupergraphManifest(path.join(ROOT, 'supergraph.yaml')).subgraphs.map((s) => ({
    ...s,
    database: `pyairtable_${s.name.replace(/-/g, '_')}`,
    schemaPath: path.join(s.dir, 'prisma', 'schema.prisma'),
    migrationsDir: path.join(s.dir, 'prisma', 'migrations'),
  }));
}

/** One subgraph by name, or an error listing the known names. */
export function findSubgraph(name: string | undefined): SubgraphData {
  const all = listSubgraphs();
  const found = all.find((s) => s.name === name);
  if (!found)
    throw new Error(
      `Unknown subgraph "${name ?? ''}". Known: ${all.map((s) => s.name).join(', ')}`,
    );
  return found;
}
