import {
  actorOf,
  createSubgraphServer,
  loadSchemaFile,
  metricsAccessOf,
} from '@pyairtable/subgraph-kit';
import type { WorkflowsContext, WorkflowsDeps } from './deps.ts';
import { resolvers } from './resolvers/index.ts';
import { createWorkflowsMetrics } from './runs/run-metrics.ts';
import { addWebhookRoute } from './triggers/webhook-route.ts';

const typeDefs = loadSchemaFile(new URL('../schema.graphql', import.meta.url));

/** The workflows subgraph, built but not listening. */
export function createWorkflowsSubgraph(deps: WorkflowsDeps) {
  return createSubgraphServer<WorkflowsContext>({
    name: 'workflows',
    typeDefs,
    resolvers,
    logger: deps.logger,
    signingSecret: deps.config.GATEWAY_SIGNING_SECRET,
    metricsAccess: metricsAccessOf(deps.config),
    metrics: createWorkflowsMetrics(deps.db, deps.clock),
    isReady: deps.db.ping,
    routes: addWebhookRoute(deps),
    createContext: (base) => ({
      ...base,
      deps,
      actor: actorOf(base.caller, base.requestId, base.log),
    }),
  });
}
