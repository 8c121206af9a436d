import { createSubgraphServer, loadSchemaFile } from '@pyairtable/subgraph-kit';
import type { AirtableContext, AirtableDeps } from './deps.ts';
import { resolvers } from './resolvers/index.ts';
import { addRestApi } from './rest/rest-api.ts';
import { addWebhookRoute } from './webhook-route.ts';

const typeDefs = loadSchemaFile(new URL('../schema.graphql', import.meta.url));

/** The airtable subgraph, built but not listening. */
export function createAirtableSubgraph(deps: AirtableDeps) {
  return createSubgraphServer<AirtableContext>({
    name: 'airtable',
    typeDefs,
    resolvers,
    logger: deps.logger,
    signingSecret: deps.config.GATEWAY_SIGNING_SECRET,
    isReady: deps.db.ping,
    routes: (app, requireGateway) => {
      addWebhookRoute(app, deps);
      addRestApi(deps)(app, requireGateway);
    },
    createContext: (base) => ({ ...base, deps }),
  });
}
