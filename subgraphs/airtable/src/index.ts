import { assertProductionSecrets } from '@pyairtable/config';
import { createEventBus, type EventBus } from '@pyairtable/events';
import {
  createLogger,
  closingAlso,
  createMembershipClient,
  createSecretBox,
  type RunningServer,
} from '@pyairtable/subgraph-kit';
import { createAirtableClients } from './airtable-clients.ts';
import { loadAirtableConfig } from './config.ts';
import { createAirtableDb } from './db.ts';
import type { AirtableDeps } from './deps.ts';
import { createMirrorCache } from './mirror/mirror-cache.ts';
import { createQueryCache } from './mirror/query-cache.ts';
import { createAirtableSubgraph } from './subgraph.ts';
import { createBaseWebhooks } from './sync/base-webhooks.ts';
import { createSyncEngine } from './sync/sync-engine.ts';
import { createWriter } from './writer/writer.ts';

export { createAirtableSubgraph } from './subgraph.ts';
export { loadAirtableConfig } from './config.ts';
export { createAirtableDb } from './db.ts';

/** Starts the airtable subgraph (and, unless RUN_WORKERS=false, its sync engine and writer). */
export async function main(
  env?: NodeJS.ProcessEnv,
  options: { events?: EventBus } = {},
): Promise<RunningServer & { deps: AirtableDeps }> {
  const config = loadAirtableConfig(env);
  assertProductionSecrets(config);
  if (config.NODE_ENV === 'production' && config.SECRETS_ENCRYPTION_KEY.startsWith('dev-only')) {
    throw new Error('Invalid configuration:\n  SECRETS_ENCRYPTION_KEY: must be set in production');
  }
  const logger = createLogger('airtable', config.LOG_LEVEL);
  const db = createAirtableDb(config.DATABASE_URL);
  const events =
    options.events ??
    (await createEventBus({ redisUrl: config.REDIS_URL, databaseUrl: config.EVENTS_DATABASE_URL }));
  const secrets = createSecretBox(config.SECRETS_ENCRYPTION_KEY);
  const clients = createAirtableClients(config, db, secrets);
  const clock = () => new Date();
  const baseWebhooks = config.PUBLIC_URL
    ? createBaseWebhooks({ db, clients, secrets, publicUrl: config.PUBLIC_URL, clock })
    : undefined;
  const sync = createSyncEngine({
    config,
    db,
    clients,
    events,
    logger,
    clock,
    webhooks: baseWebhooks,
  });
  const writer = createWriter({ db, clients, events, logger, sync });
  const deps: AirtableDeps = {
    config,
    db,
    logger,
    clock,
    events,
    secrets,
    clients,
    sync,
    baseWebhooks,
    writer,
    mirror: createMirrorCache(db),
    queryCache: createQueryCache({ redisUrl: config.REDIS_URL }),
    memberships: createMembershipClient({
      workspacesUrl: config.WORKSPACES_URL,
      signingSecret: config.GATEWAY_SIGNING_SECRET,
    }),
  };
  const server = await createAirtableSubgraph(deps).listen(config.PORT, config.HOST);
  if (config.RUN_WORKERS === 'true') {
    sync.start();
    writer.start();
  }
  return closingAlso(
    { ...server, deps },
    sync.stop,
    writer.stop,
    async () => (options.events ? undefined : events.close()),
    deps.queryCache.close,
    clients.close,
    db.close,
  );
}
