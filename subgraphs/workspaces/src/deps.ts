import type { EventBus } from '@pyairtable/events';
import type { Mailer } from '@pyairtable/mail';
import type { BaseContext, Logger } from '@pyairtable/subgraph-kit';
import type DataLoader from 'dataloader';
import type { WorkspacesConfig } from './config.ts';
import type { Membership, Workspace, WorkspacesDb } from './db.ts';

/** What the workspaces domain needs from the outside world. */
export interface WorkspacesDeps {
  config: WorkspacesConfig;
  db: WorkspacesDb;
  logger: Logger;
  clock: () => Date;
  /** Member events for webhooks, notifications and audit. */
  events: EventBus;
  /** Invitation emails. */
  mailer: Mailer;
}

export interface WorkspacesContext extends BaseContext {
  deps: WorkspacesDeps;
  loaders: {
    workspace: DataLoader<string, Workspace | null>;
    /** The caller's membership in a workspace. */
    myMembership: DataLoader<string, Membership | null>;
    /** A workspace's members. */
    members: DataLoader<string, Membership[]>;
  };
}
