import { assertProductionSecrets } from '@pyairtable/config';
import type { EventBus } from '@pyairtable/events';
import { closingAlso, type RunningServer } from '@pyairtable/subgraph-kit';
import { loadNotificationsConfig } from './config.ts';
import { createNotificationsDeps } from './create-notifications-deps.ts';
import { createNotificationsSubgraph } from './subgraph.ts';

export { createNotificationsSubgraph } from './subgraph.ts';
export { createNotificationsDeps } from './create-notifications-deps.ts';
export { loadNotificationsConfig } from './config.ts';

/** Starts the notifications subgraph (and, unless RUN_WORKERS=false, its workers). */
export async function main(
  env?: NodeJS.ProcessEnv,
  options: { events?: EventBus } = {},
): Promise<RunningServer> {
  const config = loadNotificationsConfig(env);
  assertProductionSecrets(config);
  const { deps, ingest, emails, close } = await createNotificationsDeps(config, options);
  if (!deps.mailer.configured)
    deps.logger.warn('SMTP_URL is not set: notifications are not emailed');
  const server = await createNotificationsSubgraph(deps).listen(config.PORT, config.HOST);
  if (config.RUN_WORKERS === 'true') {
    ingest.start();
    emails.start();
  }
  return closingAlso(server, close);
}
