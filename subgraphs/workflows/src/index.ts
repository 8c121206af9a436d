import { assertProductionSecrets } from '@pyairtable/config';
import type { EventBus } from '@pyairtable/events';
import { closingAlso, type RunningServer } from '@pyairtable/subgraph-kit';
import { loadWorkflowsConfig } from './config.ts';
import { createWorkflowsDeps } from './create-workflows-deps.ts';
import { createWorkflowsSubgraph } from './subgraph.ts';

export { createWorkflowsSubgraph } from './subgraph.ts';
export { createWorkflowsDeps } from './create-workflows-deps.ts';
export { createWorkflowsDb } from './db.ts';
export { loadWorkflowsConfig } from './config.ts';

/** Starts the workflows subgraph (and, unless RUN_WORKERS=false, its triggers and run workers). */
export async function main(
  env?: NodeJS.ProcessEnv,
  options: { events?: EventBus; gatewayUrl?: () => string } = {},
): Promise<RunningServer> {
  const config = loadWorkflowsConfig(env);
  assertProductionSecrets(config);
  const { deps, workers, close } = await createWorkflowsDeps(config, options);
  const server = await createWorkflowsSubgraph(deps).listen(config.PORT, config.HOST);
  if (config.RUN_WORKERS === 'true') await workers.start();
  return closingAlso(server, close);
}
