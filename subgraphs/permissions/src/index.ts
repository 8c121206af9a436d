import { assertProductionSecrets } from '@pyairtable/config';
import type { EventBus } from '@pyairtable/events';
import { closingAlso, type RunningServer } from '@pyairtable/subgraph-kit';
import { loadPermissionsConfig } from './config.ts';
import { createPermissionsDeps } from './create-permissions-deps.ts';
import type { PermissionsDeps } from './deps.ts';
import { createPermissionsSubgraph } from './subgraph.ts';

export { createPermissionsSubgraph } from './subgraph.ts';
export { createPermissionsDeps } from './create-permissions-deps.ts';
export { loadPermissionsConfig } from './config.ts';
export type { BasePolicy, TablePolicy } from './domain/decide-access.ts';

/** Starts the permissions subgraph from environment settings. */
export async function main(
  env?: NodeJS.ProcessEnv,
  options: { events?: EventBus; gatewayUrl?: () => string } = {},
): Promise<RunningServer & { deps: PermissionsDeps }> {
  const config = loadPermissionsConfig(env);
  assertProductionSecrets(config);
  const { deps, close } = await createPermissionsDeps(config, options);
  const server = await createPermissionsSubgraph(deps).listen(config.PORT, config.HOST);
  return closingAlso({ ...server, deps }, close);
}
