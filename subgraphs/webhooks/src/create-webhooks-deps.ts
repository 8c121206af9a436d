import { createEventBus, type EventBus } from '@pyairtable/events';
import { parseAllowHosts, type ResolveHost } from '@pyairtable/outbound-http';
import {
  createLogger,
  createMembershipClient,
  createSecretBox,
  createSuspendedWorkspaces,
  type Logger,
} from '@pyairtable/subgraph-kit';
import type { WebhooksConfig } from './config.ts';
import { createWebhooksDb } from './db.ts';
import { createDeliveryWorker } from './delivery/delivery-worker.ts';
import type { WebhooksDeps } from './deps.ts';
import { createIngest, type Ingest } from './ingest/ingest.ts';

/**
 * Everything the webhooks subgraph runs with, wired from its settings: database, event bus,
 * the outbound policy, the delivery worker and the ingest (not started). `close` releases them.
 */
export async function createWebhooksDeps(
  config: WebhooksConfig,
  options: { events?: EventBus; logger?: Logger; resolve?: ResolveHost; clock?: () => Date } = {},
): Promise<{ deps: WebhooksDeps; ingest: Ingest; close: () => Promise<void> }> {
  const logger = options.logger ?? createLogger('webhooks', config.LOG_LEVEL);
  const db = createWebhooksDb(config.DATABASE_URL);
  const events =
    options.events ??
    (await createEventBus({
      redisUrl: config.REDIS_URL,
      databaseUrl: config.EVENTS_DATABASE_URL,
      onError: (err) => logger.warn({ err, reason: err.reason }, 'event bus'),
    }));
  const clock = options.clock ?? (() => new Date());
  const secrets = createSecretBox(
    config.SECRETS_ENCRYPTION_KEY,
    config.SECRETS_ENCRYPTION_KEY_PREVIOUS,
  );
  const outbound = {
    allowHosts: parseAllowHosts(config.WEBHOOKS_ALLOW_HOSTS),
    // Embedded and development setups deliver to plain http receivers on purpose.
    requireHttps: config.NODE_ENV === 'production',
    ...(options.resolve ? { resolve: options.resolve } : {}),
  };
  const suspendedWorkspaces = createSuspendedWorkspaces({
    workspacesUrl: config.WORKSPACES_URL,
    signingSecret: config.GATEWAY_SIGNING_SECRET,
    logger,
    events,
    caller: 'webhooks-delivery',
  });
  const worker = createDeliveryWorker({
    config,
    db,
    logger,
    clock,
    events,
    secrets,
    outbound,
    suspendedWorkspaces,
  });
  const ingest = createIngest({ config, db, logger, events, onQueued: worker.kick });
  const deps: WebhooksDeps = {
    config,
    db,
    logger,
    clock,
    events,
    secrets,
    outbound,
    worker,
    memberships: createMembershipClient({
      workspacesUrl: config.WORKSPACES_URL,
      signingSecret: config.GATEWAY_SIGNING_SECRET,
    }),
  };
  const close = async () => {
    await ingest.stop();
    await worker.stop();
    suspendedWorkspaces.close();
    if (!options.events) await events.close();
    await db.close();
  };
  return { deps, ingest, close };
}
