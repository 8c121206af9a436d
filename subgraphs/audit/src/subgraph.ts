import { createSubgraphServer, loadSchemaFile, metricsAccessOf } from '@pyairtable/subgraph-kit';
import type { AuditContext, AuditDeps } from './deps.ts';
import { actorOf } from './domain/actor.ts';
import { publicKeyPem } from './domain/checkpoint-signature.ts';
import { addExportRoute } from './export-route.ts';
import { addEntriesRoute } from './ingest/entries-route.ts';
import { resolvers } from './resolvers/index.ts';

const typeDefs = loadSchemaFile(new URL('../schema.graphql', import.meta.url));

/** The audit subgraph, built but not listening: GraphQL, the ingest and export routes. */
export function createAuditSubgraph(deps: AuditDeps) {
  const entries = addEntriesRoute(deps);
  const exports = addExportRoute(deps, publicKeyPem(deps.signingKey));
  return createSubgraphServer<AuditContext>({
    name: 'audit',
    typeDefs,
    resolvers,
    logger: deps.logger,
    signingSecret: deps.config.GATEWAY_SIGNING_SECRET,
    metricsAccess: metricsAccessOf(deps.config),
    isReady: deps.db.ping,
    routes: (app, requireGateway) => {
      entries(app, requireGateway);
      exports(app, requireGateway);
    },
    createContext: (base) => ({
      ...base,
      deps,
      actor: actorOf(base.caller, base.requestId, base.log),
    }),
  });
}
