import {
  actorOf,
  createSubgraphServer,
  loadSchemaFile,
  metricsAccessOf,
} from '@pyairtable/subgraph-kit';
import type { PermissionsContext, PermissionsDeps } from './deps.ts';
import { addInternalRoutes } from './internal-routes.ts';
import { resolvers } from './resolvers/index.ts';

const typeDefs = loadSchemaFile(new URL('../schema.graphql', import.meta.url));

/** The permissions subgraph, built but not listening. */
export function createPermissionsSubgraph(deps: PermissionsDeps) {
  return createSubgraphServer<PermissionsContext>({
    name: 'permissions',
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
      actor: actorOf(base.caller, base.requestId, base.log),
    }),
  });
}
