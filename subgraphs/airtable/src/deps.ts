import type { EventBus } from '@pyairtable/events';
import type { BaseContext, Logger, MembershipClient, SecretBox } from '@pyairtable/subgraph-kit';
import type { AirtableConfig } from './config.ts';
import type DataLoader from 'dataloader';
import type { AirtableDb, RecordRow } from './db.ts';
import type { AirtableClients } from './airtable-clients.ts';
import type { BaseAccess, MirrorTableWithSchema } from './domain/access.ts';
import type { Actor } from '@pyairtable/subgraph-kit';
import type { MirrorCache } from './mirror/mirror-cache.ts';
import type { PolicyClient } from './policy-client.ts';
import type { QueryCache } from './mirror/query-cache.ts';
import type { BaseWebhooks } from './sync/base-webhooks.ts';
import type { SyncEngine } from './sync/sync-engine.ts';
import type { Writer } from './writer/writer.ts';

/** What the airtable domain needs from the outside world. */
export interface AirtableDeps {
  config: AirtableConfig;
  db: AirtableDb;
  logger: Logger;
  clock: () => Date;
  events: EventBus;
  secrets: SecretBox;
  memberships: MembershipClient;
  clients: AirtableClients;
  mirror: MirrorCache;
  queryCache: QueryCache;
  sync: SyncEngine;
  /** Present when the platform has a public URL for Airtable's pings. */
  baseWebhooks?: BaseWebhooks;
  writer: Writer;
  /** How each base looks to each caller (the permissions subgraph's decisions). */
  policies: PolicyClient;
}

export interface AirtableContext extends BaseContext {
  deps: AirtableDeps;
  actor: Actor;
  loaders: {
    /** Mirrored records by id (null when gone). */
    record: DataLoader<string, RecordRow | null>;
    /** Mirrored tables with their fields and views, by id. */
    table: DataLoader<string, MirrorTableWithSchema | null>;
    /** The caller's access to bases, by id (null when they cannot see one). */
    baseAccess: DataLoader<string, BaseAccess | null>;
  };
}
