import { createSubgraphServer, loadSchemaFile, metricsAccessOf } from '@pyairtable/subgraph-kit';
import DataLoader from 'dataloader';
import type { UsageTotals } from './db.ts';
import type { LlmContext, LlmDeps } from './deps.ts';
import { resolvers } from './resolvers/index.ts';

const typeDefs = loadSchemaFile(new URL('../schema.graphql', import.meta.url));

function createLoaders(deps: LlmDeps): LlmContext['loaders'] {
  const byId =
    (load: (ids: readonly string[]) => Promise<Map<string, UsageTotals>>) =>
    async (ids: readonly string[]) => {
      const found = await load(ids);
      return ids.map((id) => found.get(id) ?? null);
    };
  return {
    messageUsage: new DataLoader(byId(deps.db.usageByMessages)),
    conversationUsage: new DataLoader(byId(deps.db.usageByConversations)),
  };
}

/** The llm subgraph, built but not listening. */
export function createLlmSubgraph(deps: LlmDeps) {
  return createSubgraphServer<LlmContext>({
    name: 'llm',
    typeDefs,
    resolvers,
    logger: deps.logger,
    signingSecret: deps.config.GATEWAY_SIGNING_SECRET,
    metricsAccess: metricsAccessOf(deps.config),
    isReady: deps.db.ping,
    createContext: (base) => ({ ...base, deps, loaders: createLoaders(deps) }),
  });
}
