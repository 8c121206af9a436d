import { createSubgraphServer, loadSchemaFile, metricsAccessOf } from '@pyairtable/subgraph-kit';
import type { WebhooksContext, WebhooksDeps } from './deps.ts';
import { actorOf } from './domain/actor.ts';
import { resolvers } from './resolvers/index.ts';

const typeDefs = loadSchemaFile(new URL('../schema.graphql', import.meta.url));

/** The webhooks subgraph, built but not listening. */
export function createWebhooksSubgraph(deps: WebhooksDeps) {
  return createSubgraphServer<WebhooksContext>({
    name: 'webhooks',
    typeDefs,
    resolvers,
    logger: deps.logger,
    signingSecret: deps.config.GATEWAY_SIGNING_SECRET,
    metricsAccess: metricsAccessOf(deps.config),
    isReady: deps.db.ping,
    createContext: (base) => ({
      ...base,
      deps,
      actor: actorOf(base.caller, base.requestId, base.log),
    }),
  });
}
