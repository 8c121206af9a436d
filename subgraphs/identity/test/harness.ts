import { createMailer } from '@pyairtable/mail';
import { createLogger } from '@pyairtable/subgraph-kit';
import { createTestDatabase, postAsGateway, testEnv } from '@pyairtable/testing';
import { onTestFinished } from 'vitest';
import { loadIdentityConfig } from '../src/config.ts';
import { createIdentityDb } from '../src/db.ts';
import { createIdentitySubgraph } from '../src/subgraph.ts';

/**
 * The identity subgraph on its own database, called as the gateway calls it; `clock` moves
 * its time by hand, `smtpUrl` sends its email somewhere (a local mailbox).
 */
export async function startIdentity(options: { smtpUrl?: string } = {}) {
  const config = loadIdentityConfig({
    ...testEnv,
    DATABASE_URL: await createTestDatabase('identity'),
    DASHBOARD_PUBLIC_URL: 'https://app.example.com',
  });
  const db = createIdentityDb(config.DATABASE_URL);
  const calls = { findUsersByIds: 0 };
  const counted = {
    ...db,
    findUsersByIds: (ids: readonly string[]) => (calls.findUsersByIds++, db.findUsersByIds(ids)),
  };
  const mailer = createMailer({ smtpUrl: options.smtpUrl, from: config.MAIL_FROM });
  // Time the test moves on by hand, so waits are checked without sleeping.
  let offsetMs = 0;
  const clock = {
    now: () => new Date(Date.now() + offsetMs),
    advance: (ms: number) => (offsetMs += ms),
  };
  const server = await createIdentitySubgraph({
    config,
    db: counted,
    logger: createLogger('identity', 'silent'),
    clock: clock.now,
    mailer,
  }).listen(0);
  onTestFinished(async () => {
    await server.close();
    await mailer.close();
    await db.close();
  });
  const run = (query: string, variables: Record<string, unknown> = {}, ip = '10.1.1.1') =>
    postAsGateway<any>('identity', server.url, query, variables, { ip });
  return { run, calls, clock };
}
