import type { Mailer } from '@pyairtable/mail';
import type { BaseContext, Logger } from '@pyairtable/subgraph-kit';
import type DataLoader from 'dataloader';
import type { IdentityConfig } from './config.ts';
import type { IdentityDb, User } from './db.ts';

/** What the identity domain needs from the outside world. */
export interface IdentityDeps {
  config: IdentityConfig;
  db: IdentityDb;
  logger: Logger;
  clock: () => Date;
  /** Sends password-reset and verification emails (unconfigured: none are sent). */
  mailer: Mailer;
}

export interface IdentityContext extends BaseContext {
  deps: IdentityDeps;
  users: DataLoader<string, User | null>;
}
