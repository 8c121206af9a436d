import { closingAlso, type RunningServer } from '@pyairtable/subgraph-kit';
import { assertProductionSecrets } from '@pyairtable/config';
import type { EventBus } from '@pyairtable/events';
import { loadWorkspacesConfig } from './config.ts';
import { createWorkspacesDeps } from './create-workspaces-deps.ts';
import { createWorkspacesSubgraph } from './subgraph.ts';

export { createWorkspacesSubgraph } from './subgraph.ts';
export { createWorkspacesDb } from './db.ts';
export { createWorkspacesDeps } from './create-workspaces-deps.ts';
export { loadWorkspacesConfig } from './config.ts';

/** Starts the workspaces subgraph from environment settings. */
export async function main(
  env?: NodeJS.ProcessEnv,
  options: { events?: EventBus } = {},
): Promise<RunningServer> {
  const config = loadWorkspacesConfig(env);
  assertProductionSecrets(config);
  const { deps, close } = await createWorkspacesDeps(config, options);
  if (!deps.mailer.configured)
    deps.logger.warn('SMTP_URL is not set: invitation emails are not sent');
  const server = await createWorkspacesSubgraph(deps).listen(config.PORT, config.HOST);
  return closingAlso(server, close);
}
