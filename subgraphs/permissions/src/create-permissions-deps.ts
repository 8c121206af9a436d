import { createEventBus, type EventBus } from '@pyairtable/events';
import { createLogger, createMembershipClient, type Logger } from '@pyairtable/subgraph-kit';
import type { PermissionsConfig } from './config.ts';
import { createPermissionsDb } from './db.ts';
import type { PermissionsDeps } from './deps.ts';

/** Everything the permissions subgraph runs with, wired from its settings; `close` releases it. */
export async function createPermissionsDeps(
  config: PermissionsConfig,
  options: { events?: EventBus; gatewayUrl?: () => string; logger?: Logger } = {},
): Promise<{ deps: PermissionsDeps; close: () => Promise<void> }> {
  const db = createPermissionsDb(config.DATABASE_URL);
  const events =
    options.events ??
    (await createEventBus({ redisUrl: config.REDIS_URL, databaseUrl: config.EVENTS_DATABASE_URL }));
  const deps: PermissionsDeps = {
    config,
    db,
    logger: options.logger ?? createLogger('permissions', config.LOG_LEVEL),
    clock: () => new Date(),
    events,
    memberships: createMembershipClient({
      workspacesUrl: config.WORKSPACES_URL,
      signingSecret: config.GATEWAY_SIGNING_SECRET,
    }),
    gatewayUrl: options.gatewayUrl ?? (() => config.GATEWAY_URL),
  };
  const close = async () => {
    if (!options.events) await events.close();
    await db.close();
  };
  return { deps, close };
}
