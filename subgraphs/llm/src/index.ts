import { assertProductionSecrets } from '@pyairtable/config';
import type { EventBus } from '@pyairtable/events';
import { closingAlso, type RunningServer } from '@pyairtable/subgraph-kit';
import { loadLlmConfig } from './config.ts';
import { createLlmDeps } from './create-llm-deps.ts';
import type { LlmDeps } from './deps.ts';
import { createLlmSubgraph } from './subgraph.ts';

export { createLlmSubgraph } from './subgraph.ts';
export { createLlmDeps } from './create-llm-deps.ts';
export { createLlmDb } from './db.ts';
export { loadLlmConfig } from './config.ts';

/** Starts the llm subgraph (the assistant) from environment settings. */
export async function main(
  env?: NodeJS.ProcessEnv,
  options: { events?: EventBus; gatewayUrl?: () => string } = {},
): Promise<RunningServer & { deps: LlmDeps }> {
  const config = loadLlmConfig(env);
  assertProductionSecrets(config);
  const { deps, close } = await createLlmDeps(config, options);
  const server = await createLlmSubgraph(deps).listen(config.PORT, config.HOST);
  return closingAlso({ ...server, deps }, close);
}
