import {
  actorOf,
  createSubgraphServer,
  loadSchemaFile,
  metricsAccessOf,
  type Actor,
} from '@pyairtable/subgraph-kit';
import { findBaseAccess } from './domain/access.ts';
import DataLoader from 'dataloader';
import { addChangeLogRoute } from './change-log-route.ts';
import type { AirtableContext, AirtableDeps } from './deps.ts';
import { resolvers } from './resolvers/index.ts';
import { addRestApi } from './rest/rest-api.ts';
import { addWebhookRoute } from './webhook-route.ts';

const typeDefs = loadSchemaFile(new URL('../schema.graphql', import.meta.url));

function createLoaders(deps: AirtableDeps, actor: Actor): AirtableContext['loaders'] {
  return {
    baseAccess: new DataLoader(
      (ids) => Promise.all(ids.map((id) => findBaseAccess(deps, actor, id))),
      { batch: false },
    ),
    record: new DataLoader(async (ids) => {
      const rows = new Map((await deps.db.findRecords(ids)).map((r) => [r.id, r]));
      return ids.map((id) => rows.get(id) ?? null);
    }),
    table: new DataLoader(async (ids) => {
      const tables = new Map((await deps.db.findTables(ids)).map((t) => [t.id, t]));
      return ids.map((id) => tables.get(id) ?? null);
    }),
  };
}

/** The airtable subgraph, built but not listening. */
export function createAirtableSubgraph(deps: AirtableDeps) {
  return createSubgraphServer<AirtableContext>({
    name: 'airtable',
    typeDefs,
    resolvers,
    logger: deps.logger,
    signingSecret: deps.config.GATEWAY_SIGNING_SECRET,
    metricsAccess: metricsAccessOf(deps.config),
    isReady: deps.db.ping,
    routes: (app, requireGateway) => {
      addWebhookRoute(app, deps);
      addChangeLogRoute(deps)(app, requireGateway);
      addRestApi(deps)(app, requireGateway);
    },
    createContext: (base) => {
      const actor = actorOf(base.caller, base.requestId, base.log);
      return { ...base, deps, actor, loaders: createLoaders(deps, actor) };
    },
  });
}
