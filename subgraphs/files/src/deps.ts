import type { EventBus } from '@pyairtable/events';
import type { OutboundPolicy } from '@pyairtable/outbound-http';
import type { Actor, BaseContext, Logger, MembershipClient } from '@pyairtable/subgraph-kit';
import type { FilesConfig } from './config.ts';
import type { FilesDb } from './db.ts';
import type { TypePolicy } from './domain/allowed-types.ts';
import type { FileStorage } from './storage/file-storage.ts';

/** What the files domain needs from the outside world. */
export interface FilesDeps {
  config: FilesConfig;
  db: FilesDb;
  storage: FileStorage;
  logger: Logger;
  clock: () => Date;
  memberships: MembershipClient;
  /** Which detected types are accepted (FILES_ALLOWED_TYPES). */
  allowType: TypePolicy;
  /** Where attachments given by URL may come from (SSRF rules, FILES_ALLOW_HOSTS). */
  outbound: OutboundPolicy;
  events: EventBus;
  /** The gateway's /graphql URL, read when calling (it starts after the subgraphs). */
  gatewayUrl: () => string;
  /** Wakes the import worker (a job was queued). */
  kickImports: () => void;
  /** The gateway's address as clients reach it (links in answers). */
  publicUrl: () => string;
}

export interface FilesContext extends BaseContext {
  deps: FilesDeps;
  actor: Actor;
}
