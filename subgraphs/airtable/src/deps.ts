import type { EventBus } from '@pyairtable/events';
import type { BaseContext, Logger, MembershipClient, SecretBox } from '@pyairtable/subgraph-kit';
import type { AirtableConfig } from './config.ts';
import type { AirtableDb } from './db.ts';
import type { AirtableClients } from './airtable-clients.ts';
import type { MirrorCache } from './mirror/mirror-cache.ts';
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
}

export type AirtableContext = BaseContext & { deps: AirtableDeps };
