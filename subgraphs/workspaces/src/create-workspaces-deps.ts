import { createEventBus, type EventBus } from '@pyairtable/events';
import { createMailer } from '@pyairtable/mail';
import { createLogger, type Logger } from '@pyairtable/subgraph-kit';
import type { WorkspacesConfig } from './config.ts';
import { createWorkspacesDb } from './db.ts';
import type { WorkspacesDeps } from './deps.ts';

/** The workspaces subgraph's dependencies from its settings; `close` releases them. */
export async function createWorkspacesDeps(
  config: WorkspacesConfig,
  options: { events?: EventBus; logger?: Logger } = {},
): Promise<{ deps: WorkspacesDeps; close: () => Promise<void> }> {
  const logger = options.logger ?? createLogger('workspaces', config.LOG_LEVEL);
  const db = createWorkspacesDb(config.DATABASE_URL);
  const events =
    options.events ??
    (await createEventBus({
      redisUrl: config.REDIS_URL,
      databaseUrl: config.EVENTS_DATABASE_URL,
      onError: (err) => logger.warn({ err, reason: err.reason }, 'event bus'),
    }));
  const mailer = createMailer({ smtpUrl: config.SMTP_URL, from: config.MAIL_FROM });
  const deps: WorkspacesDeps = { config, db, logger, clock: () => new Date(), events, mailer };
  return {
    deps,
    close: async () => {
      await mailer.close();
      if (!options.events) await events.close();
      await db.close();
    },
  };
}
