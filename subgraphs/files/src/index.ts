import { assertProductionSecrets } from '@pyairtable/config';
import { closingAlso, type RunningServer } from '@pyairtable/subgraph-kit';
import { loadFilesConfig } from './config.ts';
import { createFilesDeps } from './create-files-deps.ts';
import { createFilesSubgraph } from './subgraph.ts';

export { createFilesSubgraph } from './subgraph.ts';
export { createFilesDeps } from './create-files-deps.ts';
export { createFilesDb } from './db.ts';
export { loadFilesConfig } from './config.ts';

/** Starts the files subgraph. */
export async function main(
  env?: NodeJS.ProcessEnv,
  options: { gatewayUrl?: () => string } = {},
): Promise<RunningServer> {
  const config = loadFilesConfig(env);
  assertProductionSecrets(config);
  const { deps, close } = createFilesDeps(config, options);
  const server = await createFilesSubgraph(deps).listen(config.PORT, config.HOST);
  return closingAlso(server, close);
}
