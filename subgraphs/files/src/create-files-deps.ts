import path from 'node:path';
import { createEventBus, type EventBus } from '@pyairtable/events';
import { parseAllowHosts, type ResolveHost } from '@pyairtable/outbound-http';
import { createLogger, createMembershipClient, type Logger } from '@pyairtable/subgraph-kit';
import type { FilesConfig } from './config.ts';
import { createFilesDb } from './db.ts';
import type { FilesDeps } from './deps.ts';
import { createTypePolicy } from './domain/allowed-types.ts';
import { createImportWorker, type ImportWorker } from './imports/import-worker.ts';
import { createFileStorage } from './storage/file-storage.ts';

/**
 * Everything the files subgraph runs with, wired from its settings, and its import worker
 * (not started); `close` releases them.
 */
export async function createFilesDeps(
  config: FilesConfig,
  options: {
    logger?: Logger;
    clock?: () => Date;
    events?: EventBus;
    /** The gateway's /graphql URL, when it is known only once the gateway listens. */
    gatewayUrl?: () => string;
    resolve?: ResolveHost;
  } = {},
): Promise<{ deps: FilesDeps; worker: ImportWorker; close: () => Promise<void> }> {
  const logger = options.logger ?? createLogger('files', config.LOG_LEVEL);
  const db = createFilesDb(config.DATABASE_URL);
  const events =
    options.events ??
    (await createEventBus({
      redisUrl: config.REDIS_URL,
      databaseUrl: config.EVENTS_DATABASE_URL,
      onError: (err) => logger.warn({ err, reason: err.reason }, 'event bus'),
    }));
  const gatewayUrl = options.gatewayUrl ?? (() => config.GATEWAY_URL);
  const base: Omit<FilesDeps, 'kickImports'> = {
    config,
    db,
    logger,
    events,
    gatewayUrl,
    clock: options.clock ?? (() => new Date()),
    storage: createFileStorage(path.resolve(config.FILES_STORAGE_DIR)),
    allowType: createTypePolicy(config.FILES_ALLOWED_TYPES),
    outbound: {
      allowHosts: parseAllowHosts(config.FILES_ALLOW_HOSTS),
      requireHttps: config.NODE_ENV === 'production',
      ...(options.resolve ? { resolve: options.resolve } : {}),
    },
    publicUrl: () => config.FILES_PUBLIC_URL ?? new URL(gatewayUrl()).origin,
    memberships: createMembershipClient({
      workspacesUrl: config.WORKSPACES_URL,
      signingSecret: config.GATEWAY_SIGNING_SECRET,
    }),
  };
  const worker = createImportWorker(base);
  const deps: FilesDeps = { ...base, kickImports: worker.kick };
  const close = async () => {
    await worker.stop();
    if (!options.events) await events.close();
    await db.close();
  };
  return { deps, worker, close };
}
