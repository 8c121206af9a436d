import { closingAlso, createLogger, type RunningServer } from '@pyairtable/subgraph-kit';
import { assertProductionSecrets } from '@pyairtable/config';
import { loadWorkspacesConfig } from './config.ts';
import { createWorkspacesDb } from './db.ts';
import { createWorkspacesSubgraph } from './subgraph.ts';

export { createWorkspacesSubgraph } from './subgraph.ts';
export { createWorkspacesDb } from './db.ts';
export { loadWorkspacesConfig } from './config.ts';

/** Starts the workspaces subgraph from environment settings. */
export async function main(env?: NodeJS.ProcessEnv): Promise<RunningServer> {
  const config = loadWorkspacesConfig(env);
  assertProductionSecrets(config);
  const logger = createLogger('workspaces', config.LOG_LEVEL);
  const db = createWorkspacesDb(config.DATABASE_URL);
  const server = await createWorkspacesSubgraph({
    config,
    db,
    logger,
    clock: () => new Date(),
  }).listen(config.PORT, config.HOST);
  return closingAlso(server, db.close);
}
