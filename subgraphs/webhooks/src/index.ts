import { assertProductionSecrets } from '@pyairtable/config';
import type { EventBus } from '@pyairtable/events';
import { closingAlso, type RunningServer } from '@pyairtable/subgraph-kit';
import { loadWebhooksConfig } from './config.ts';
import { createWebhooksDeps } from './create-webhooks-deps.ts';
import { createWebhooksSubgraph } from './subgraph.ts';

export { createWebhooksSubgraph } from './subgraph.ts';
export { createWebhooksDeps } from './create-webhooks-deps.ts';
export { createWebhooksDb } from './db.ts';
export { loadWebhooksConfig } from './config.ts';

/** Starts the webhooks subgraph (and, unless RUN_WORKERS=false, its ingest and delivery workers). */
export async function main(
  env?: NodeJS.ProcessEnv,
  options: { events?: EventBus } = {},
): Promise<RunningServer> {
  const config = loadWebhooksConfig(env);
  assertProductionSecrets(config);
  const { deps, ingest, close } = await createWebhooksDeps(config, options);
  const server = await createWebhooksSubgraph(deps).listen(config.PORT, config.HOST);
  if (config.RUN_WORKERS === 'true') {
    ingest.start();
    deps.worker.start();
  }
  return closingAlso(server, close);
}
