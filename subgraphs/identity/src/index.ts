import { createMailer } from '@pyairtable/mail';
import { closingAlso, createLogger, type RunningServer } from '@pyairtable/subgraph-kit';
import { assertProductionSecrets } from '@pyairtable/config';
import { loadIdentityConfig } from './config.ts';
import { createIdentityDb } from './db.ts';
import { createIdentitySubgraph } from './subgraph.ts';

export { createIdentitySubgraph } from './subgraph.ts';
export { createIdentityDb } from './db.ts';
export { loadIdentityConfig } from './config.ts';
export { MAX_FAILURES_PER_IP } from './domain/throttle-logins.ts';
export { PASSWORD_RESET_TTL_MS } from './domain/account-tokens.ts';

/** Starts the identity subgraph from environment settings. */
export async function main(env?: NodeJS.ProcessEnv): Promise<RunningServer> {
  const config = loadIdentityConfig(env);
  assertProductionSecrets(config);
  const logger = createLogger('identity', config.LOG_LEVEL);
  const db = createIdentityDb(config.DATABASE_URL);
  const mailer = createMailer({ smtpUrl: config.SMTP_URL, from: config.MAIL_FROM });
  const server = await createIdentitySubgraph({
    config,
    db,
    logger,
    clock: () => new Date(),
    mailer,
  }).listen(config.PORT, config.HOST);
  return closingAlso(server, async () => {
    await mailer.close();
    await db.close();
  });
}
