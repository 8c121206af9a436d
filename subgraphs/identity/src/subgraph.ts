import { createSubgraphServer, loadSchemaFile, metricsAccessOf } from '@pyairtable/subgraph-kit';
import DataLoader from 'dataloader';
import type { IdentityContext, IdentityDeps } from './deps.ts';
import type { User } from './db.ts';
import { addInternalRoutes } from './internal-routes.ts';
import { resolvers } from './resolvers/index.ts';

const typeDefs = loadSchemaFile(new URL('../schema.graphql', import.meta.url));

/** The identity subgraph, built but not listening. */
export function createIdentitySubgraph(deps: IdentityDeps) {
  return createSubgraphServer<IdentityContext>({
    name: 'identity',
    typeDefs,
    resolvers,
    logger: deps.logger,
    signingSecret: deps.config.GATEWAY_SIGNING_SECRET,
    metricsAccess: metricsAccessOf(deps.config),
    isReady: deps.db.ping,
    routes: addInternalRoutes(deps),
    createContext: (base) => ({
      ...base,
      deps,
      users: new DataLoader<string, User | null>(async (ids) => {
        const users = await deps.db.findUsersByIds(ids);
        const byId = new Map(users.map((u) => [u.id, u]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
      credentials: new DataLoader((ids) => deps.db.countActiveCredentials(ids)),
    }),
  });
}
