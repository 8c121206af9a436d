import { createEventBus, type EventBus } from '@pyairtable/events';
import {
  createLogger,
  createMembershipClient,
  createSecretBox,
  createSuspendedWorkspaces,
  type Logger,
} from '@pyairtable/subgraph-kit';
import { createAirtableClients } from './airtable-clients.ts';
import type { AirtableConfig } from './config.ts';
import { createAirtableDb } from './db.ts';
import type { AirtableDeps } from './deps.ts';
import { createMirrorCache } from './mirror/mirror-cache.ts';
import { createQueryCache } from './mirror/query-cache.ts';
import { createPolicyClient } from './policy-client.ts';
import { createBaseWebhooks } from './sync/base-webhooks.ts';
import { createSyncEngine } from './sync/sync-engine.ts';
import { createWriter } from './writer/writer.ts';

/**
 * Everything the airtable subgraph runs with, wired from its settings: database, event bus,
 * Airtable clients and their shared limiter, the sync engine and the writer (not started).
 * `close` releases them, last created first.
 */
export async function createAirtableDeps(
  config: AirtableConfig,
  options: { events?: EventBus; logger?: Logger } = {},
): Promise<{ deps: AirtableDeps; close: () => Promise<void> }> {
  const logger = options.logger ?? createLogger('airtable', config.LOG_LEVEL);
  const db = createAirtableDb(config.DATABASE_URL);
  const events =
    options.events ??
    (await createEventBus({ redisUrl: config.REDIS_URL, databaseUrl: config.EVENTS_DATABASE_URL }));
  const secrets = createSecretBox(
    config.SECRETS_ENCRYPTION_KEY,
    config.SECRETS_ENCRYPTION_KEY_PREVIOUS,
  );
  const clients = createAirtableClients(config, db, secrets);
  const clock = () => new Date();
  const suspendedWorkspaces = createSuspendedWorkspaces({
    workspacesUrl: config.WORKSPACES_URL,
    signingSecret: config.GATEWAY_SIGNING_SECRET,
    logger,
    events,
    caller: 'airtable-sync',
  });
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
    suspendedWorkspaces,
  });
  const writer = createWriter({ db, clients, events, logger, sync });
  const queryCache = createQueryCache({ redisUrl: config.REDIS_URL });
  const policies = createPolicyClient({
    permissionsUrl: config.PERMISSIONS_URL,
    signingSecret: config.GATEWAY_SIGNING_SECRET,
    events,
    logger,
  });
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
    queryCache,
    policies,
    memberships: createMembershipClient({
      workspacesUrl: config.WORKSPACES_URL,
      signingSecret: config.GATEWAY_SIGNING_SECRET,
    }),
  };
  const close = async () => {
    await policies.close();
    await sync.stop();
    await writer.stop();
    suspendedWorkspaces.close();
    if (!options.events) await events.close();
    await queryCache.close();
    await clients.close();
    await db.close();
  };
  return { deps, close };
}
