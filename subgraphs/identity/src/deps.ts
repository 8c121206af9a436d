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
}

export interface IdentityContext extends BaseContext {
  deps: IdentityDeps;
  users: DataLoader<string, User | null>;
}
