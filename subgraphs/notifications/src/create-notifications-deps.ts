import { createEventBus, type EventBus } from '@pyairtable/events';
import { createMailer } from '@pyairtable/mail';
import { createLogger, type Logger } from '@pyairtable/subgraph-kit';
import type { NotificationsConfig } from './config.ts';
import { createNotificationsDb } from './db.ts';
import type { NotificationsDeps } from './deps.ts';
import { createDirectory } from './directory.ts';
import { createEmailWorker, type EmailWorker } from './email/email-worker.ts';
import { createIngest, type Ingest } from './ingest/ingest.ts';

/** The notifications subgraph's dependencies and workers (not started); `close` releases them. */
export async function createNotificationsDeps(
  config: NotificationsConfig,
  options: { events?: EventBus; logger?: Logger; clock?: () => Date } = {},
): Promise<{
  deps: NotificationsDeps;
  ingest: Ingest;
  emails: EmailWorker;
  close: () => Promise<void>;
}> {
  const logger = options.logger ?? createLogger('notifications', config.LOG_LEVEL);
  const db = createNotificationsDb(config.DATABASE_URL);
  const events =
    options.events ??
    (await createEventBus({
      redisUrl: config.REDIS_URL,
      databaseUrl: config.EVENTS_DATABASE_URL,
      onError: (err) => logger.warn({ err, reason: err.reason }, 'event bus'),
    }));
  const mailer = createMailer({ smtpUrl: config.SMTP_URL, from: config.MAIL_FROM });
  const base = {
    config,
    db,
    logger,
    clock: options.clock ?? (() => new Date()),
    events,
    mailer,
    directory: createDirectory(config),
  };
  const emails = createEmailWorker(base);
  const deps: NotificationsDeps = { ...base, emailsQueued: emails.kick };
  const ingest = createIngest(deps);
  return {
    deps,
    ingest,
    emails,
    close: async () => {
      await ingest.stop();
      await emails.stop();
      await mailer.close();
      if (!options.events) await events.close();
      await db.close();
    },
  };
}
