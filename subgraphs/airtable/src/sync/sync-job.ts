import type { EventBus } from '@pyairtable/events';
import type { Logger } from '@pyairtable/subgraph-kit';
import type { AirtableClients } from '../airtable-clients.ts';
import type { AirtableConfig } from '../config.ts';
import type { AirtableDb } from '../db.ts';
import type { BaseWebhooks } from './base-webhooks.ts';

export interface SyncDeps {
  /** Airtable webhooks, when the platform has a public URL; polling alone otherwise. */
  webhooks?: BaseWebhooks;
  config: AirtableConfig;
  db: AirtableDb;
  clients: AirtableClients;
  events: EventBus;
  logger: Logger;
  clock: () => Date;
  /** Workspaces whose bases are not synced while a platform administrator suspends them. */
  suspendedWorkspaces?: () => Promise<ReadonlySet<string>>;
}

/** What a sync job (full sync, poll, reconciliation, webhook payloads) runs with. */
export interface SyncJob extends SyncDeps {
  /** True once the engine is stopping: a job ends between two requests. */
  stopping(): boolean;
}

/** Thrown inside a job when the engine is stopping, to end it between two requests. */
export class SyncStopped extends Error {}
