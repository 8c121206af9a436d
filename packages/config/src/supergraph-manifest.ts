import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

const Manifest = z.object({
  federation_version: z.string(),
  subgraphs: z.record(
    z.string().regex(/^[a-z][a-z0-9-]*$/),
    z.object({ routing_url: z.string().url(), schema: z.object({ file: z.string() }) }),
  ),
});

export interface SubgraphEntry {
  name: string;
  routingUrl: string;
  port: number;
  /** The subgraph's folder, absolute. */
  dir: string;
  schemaFile: string;
}

/** Reads supergraph.yaml: the one list of subgraphs, their URLs and schema files. */
export function readSupergraphManifest(file: string): {
  federationVersion: string;
  subgraphs: SubgraphEntry[];
} {
  const parsed = Manifest.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid ${path.basename(file)}:\n${lines.join('\n')}`);
  }
  const root = path.dirname(path.resolve(file));
  const subgraphs = Object.entries(parsed.data.subgraphs).map(([name, entry]) => {
    const schemaFile = path.resolve(root, entry.schema.file);
    return {
      name,
      routingUrl: entry.routing_url,
      port: Number(new URL(entry.routing_url).port),
      dir: path.dirname(schemaFile),
      schemaFile,
    };
  });
  return { federationVersion: parsed.data.federation_version, subgraphs };
}
