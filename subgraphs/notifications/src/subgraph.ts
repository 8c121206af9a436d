import { createSubgraphServer, loadSchemaFile, metricsAccessOf } from '@pyairtable/subgraph-kit';
import type { NotificationsContext, NotificationsDeps } from './deps.ts';
import { resolvers } from './resolvers/index.ts';

const typeDefs = loadSchemaFile(new URL('../schema.graphql', import.meta.url));

/** The notifications subgraph, built but not listening. */
export function createNotificationsSubgraph(deps: NotificationsDeps) {
  return createSubgraphServer<NotificationsContext>({
    name: 'notifications',
    typeDefs,
    resolvers,
    logger: deps.logger,
    signingSecret: deps.config.GATEWAY_SIGNING_SECRET,
    metricsAccess: metricsAccessOf(deps.config),
    isReady: deps.db.ping,
    createContext: (base) => ({ ...base, deps }),
  });
}
