import path from 'node:path';
import { parseAllowHosts, type ResolveHost } from '@pyairtable/outbound-http';
import { createLogger, createMembershipClient, type Logger } from '@pyairtable/subgraph-kit';
import type { FilesConfig } from './config.ts';
import { createFilesDb } from './db.ts';
import type { FilesDeps } from './deps.ts';
import { createTypePolicy } from './domain/allowed-types.ts';
import { createFileStorage } from './storage/file-storage.ts';

/** Everything the files subgraph runs with, wired from its settings; `close` releases it. */
export function createFilesDeps(
  config: FilesConfig,
  options: {
    logger?: Logger;
    clock?: () => Date;
    gatewayUrl?: () => string;
    resolve?: ResolveHost;
  } = {},
): { deps: FilesDeps; close: () => Promise<void> } {
  const logger = options.logger ?? createLogger('files', config.LOG_LEVEL);
  const db = createFilesDb(config.DATABASE_URL);
  const fallback = `http://127.0.0.1:4000`;
  const deps: FilesDeps = {
    config,
    db,
    logger,
    clock: options.clock ?? (() => new Date()),
    storage: createFileStorage(path.resolve(config.FILES_STORAGE_DIR)),
    allowType: createTypePolicy(config.FILES_ALLOWED_TYPES),
    outbound: {
      allowHosts: parseAllowHosts(config.FILES_ALLOW_HOSTS),
      requireHttps: config.NODE_ENV === 'production',
      ...(options.resolve ? { resolve: options.resolve } : {}),
    },
    publicUrl: () => config.FILES_PUBLIC_URL ?? options.gatewayUrl?.() ?? fallback,
    memberships: createMembershipClient({
      workspacesUrl: config.WORKSPACES_URL,
      signingSecret: config.GATEWAY_SIGNING_SECRET,
    }),
  };
  return { deps, close: () => db.close() };
}
