import { assertProductionSecrets } from '@pyairtable/config';
import { closingAlso, type RunningServer } from '@pyairtable/subgraph-kit';
import { loadFilesConfig } from './config.ts';
import { createFilesDeps } from './create-files-deps.ts';
import { createFilesSubgraph } from './subgraph.ts';

export { createFilesSubgraph } from './subgraph.ts';
export { createFilesDeps } from './create-files-deps.ts';
export { createFilesDb } from './db.ts';
export { loadFilesConfig } from './config.ts';

/** Starts the files subgraph (and, unless RUN_WORKERS=false, its import worker). */
export async function main(
  env?: NodeJS.ProcessEnv,
  options: { gatewayUrl?: () => string } = {},
): Promise<RunningServer> {
  const config = loadFilesConfig(env);
  assertProductionSecrets(config);
  const { deps, worker, close } = await createFilesDeps(config, options);
  const server = await createFilesSubgraph(deps).listen(config.PORT, config.HOST);
  if (config.RUN_WORKERS === 'true') worker.start();
  return closingAlso(server, close);
}
