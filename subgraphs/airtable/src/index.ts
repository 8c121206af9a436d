import { assertProductionSecrets } from '@pyairtable/config';
import type { EventBus } from '@pyairtable/events';
import { closingAlso, type RunningServer } from '@pyairtable/subgraph-kit';
import { loadAirtableConfig } from './config.ts';
import { createAirtableDeps } from './create-airtable-deps.ts';
import type { AirtableDeps } from './deps.ts';
import { createAirtableSubgraph } from './subgraph.ts';

export { createAirtableSubgraph } from './subgraph.ts';
export { createAirtableDeps } from './create-airtable-deps.ts';
export { loadAirtableConfig } from './config.ts';
export { createAirtableDb } from './db.ts';

/** Starts the airtable subgraph (and, unless RUN_WORKERS=false, its sync engine and writer). */
export async function main(
  env?: NodeJS.ProcessEnv,
  options: { events?: EventBus } = {},
): Promise<RunningServer & { deps: AirtableDeps }> {
  const config = loadAirtableConfig(env);
  assertProductionSecrets(config);
  if (config.NODE_ENV === 'production' && config.PERMISSIONS_URL === 'none') {
    throw new Error(
      'Invalid configuration:\n  PERMISSIONS_URL: must name the permissions subgraph in production',
    );
  }
  const { deps, close } = await createAirtableDeps(config, options);
  const server = await createAirtableSubgraph(deps).listen(config.PORT, config.HOST);
  if (config.RUN_WORKERS === 'true') {
    deps.sync.start();
    deps.writer.start();
  }
  return closingAlso({ ...server, deps }, close);
}
