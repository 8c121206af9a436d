import { readFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { readSupergraphManifest } from '@pyairtable/config';
import { parse } from 'graphql';

export type CompositionResult =
  { ok: true; supergraphSdl: string; subgraphs: string[] } | { ok: false; errors: string[] };

/** Composes the subgraphs listed in supergraph.yaml into a supergraph SDL, offline. */
export function composeSupergraphFile(manifestPath: string): CompositionResult {
  const { subgraphs } = readSupergraphManifest(manifestPath);
  const errors: string[] = [];
  const services = subgraphs.flatMap((s) => {
    try {
      return [
        { name: s.name, url: s.routingUrl, typeDefs: parse(readFileSync(s.schemaFile, 'utf8')) },
      ];
    } catch (error) {
      errors.push(`${s.name}: ${(error as Error).message}`);
      return [];
    }
  });
  if (errors.length > 0) return { ok: false, errors };
  const result = composeServices(services);
  if (result.errors) {
    return {
      ok: false,
      errors: result.errors.map((e) => `${String(e.extensions?.code ?? 'ERROR')}: ${e.message}`),
    };
  }
  return {
    ok: true,
    supergraphSdl: `${result.supergraphSdl.trimEnd()}\n`,
    subgraphs: subgraphs.map((s) => s.name),
  };
}
