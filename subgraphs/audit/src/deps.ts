import type { KeyObject } from 'node:crypto';
import type { BaseContext, Logger, MembershipClient } from '@pyairtable/subgraph-kit';
import type { AuditConfig } from './config.ts';
import type { AuditDb } from './db.ts';
import type { Actor } from './domain/actor.ts';
import type { BaseWorkspaces } from './domain/base-workspaces.ts';

/** What the audit domain needs from the outside world. */
export interface AuditDeps {
  config: AuditConfig;
  db: AuditDb;
  logger: Logger;
  clock: () => Date;
  memberships: MembershipClient;
  /** Which workspace a base belongs to, asked of the airtable subgraph. */
  bases: BaseWorkspaces;
  /** Signs checkpoints (Ed25519). */
  signingKey: KeyObject;
}

export interface AuditContext extends BaseContext {
  deps: AuditDeps;
  actor: Actor;
}
