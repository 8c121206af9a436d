import { readFileSync } from 'node:fs';
import { buildSchema, type GraphQLSchema } from 'graphql';

// Written by `npm run compose` from the supergraph: the public schema the gateway serves.
const API_SCHEMA_URL = new URL('../api-schema.graphql', import.meta.url);

let cached: GraphQLSchema | undefined;

/** The gateway's public schema, which every tool operation is validated against. */
export function loadApiSchema(): GraphQLSchema {
  cached ??= buildSchema(readFileSync(API_SCHEMA_URL, 'utf8'));
  return cached;
}
