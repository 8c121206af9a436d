import type { EventBus } from '@pyairtable/events';
import type { Mailer } from '@pyairtable/mail';
import type { BaseContext, Logger } from '@pyairtable/subgraph-kit';
import type { NotificationsConfig } from './config.ts';
import type { NotificationsDb } from './db.ts';
import type { Directory } from './directory.ts';

/** What the notifications domain needs from the outside world. */
export interface NotificationsDeps {
  config: NotificationsConfig;
  db: NotificationsDb;
  logger: Logger;
  clock: () => Date;
  events: EventBus;
  mailer: Mailer;
  directory: Directory;
  /** Wakes the email worker (a notification wants an email). */
  emailsQueued: () => void;
}

export interface NotificationsContext extends BaseContext {
  deps: NotificationsDeps;
}
