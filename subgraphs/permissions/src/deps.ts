import type { EventBus } from '@pyairtable/events';
import type { Actor, BaseContext, Logger, MembershipClient } from '@pyairtable/subgraph-kit';
import type { PermissionsConfig } from './config.ts';
import type { PermissionsDb } from './db.ts';

/** What the permissions domain needs from the outside world. */
export interface PermissionsDeps {
  config: PermissionsConfig;
  db: PermissionsDb;
  logger: Logger;
  clock: () => Date;
  events: EventBus;
  memberships: MembershipClient;
  /** The gateway's /graphql URL, read at call time (the gateway starts after the subgraphs). */
  gatewayUrl: () => string;
}

export interface PermissionsContext extends BaseContext {
  deps: PermissionsDeps;
  actor: Actor;
}
