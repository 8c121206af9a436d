import type { NotificationsDeps } from '../deps.ts';
import { digestEmail, notificationEmail } from './notification-email.ts';

// Retries of an email the SMTP server refused: 1 min, 5 min, 30 min, 2 h, 6 h, then FAILED.
const RETRY_DELAYS_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000, 6 * 3_600_000];
const LEASE_MS = 60_000;
const BATCH = 20;

/**
 * Sends the emails notifications owe (each leased in the database, so several processes
 * share the work and a crashed one's come back) and, once a day at DIGEST_HOUR_UTC, the
 * digests (claimed per day, so one process sends them).
 */
export function createEmailWorker(deps: Omit<NotificationsDeps, 'emailsQueued'>) {
  const { config, db, logger, mailer } = deps;
  const links = {
    dashboardUrl: config.DASHBOARD_PUBLIC_URL,
    secret: config.GATEWAY_SIGNING_SECRET,
  };
  let timer: NodeJS.Timeout | undefined;
  let draining: Promise<void> | null = null;
  let again = false;

  async function sendDue() {
    for (;;) {
      const due = await db.claimEmails(BATCH, LEASE_MS, deps.clock());
      if (due.length === 0) return;
      await Promise.all(
        due.map(async (n) => {
          try {
            await mailer.send(notificationEmail(n, links));
            await db.markEmailed(n.id, deps.clock());
          } catch (error) {
            const delay = RETRY_DELAYS_MS[n.emailAttempts];
            logger.warn(
              { err: error, notificationId: n.id, attempts: n.emailAttempts + 1 },
              'notification email failed',
            );
            await db.markEmailFailed(
              n.id,
              (error as Error).message,
              delay === undefined ? null : new Date(deps.clock().getTime() + delay),
            );
          }
        }),
      );
    }
  }

  /** Sends today's digests once, from DIGEST_HOUR_UTC on. */
  async function sendDigests(force = false) {
    const now = deps.clock();
    if (!force && now.getUTCHours() < config.DIGEST_HOUR_UTC) return 0;
    if (!(await db.claimDigestDay(now.toISOString().slice(0, 10))) && !force) return 0;
    const pending = await db.listDigestPending();
    const byPerson = new Map<string, typeof pending>();
    for (const n of pending) {
      const key = `${n.userId ?? ''}|${n.email}`;
      byPerson.set(key, [...(byPerson.get(key) ?? []), n]);
    }
    for (const items of byPerson.values()) {
      const first = items[0]!;
      await mailer.send(digestEmail({ userId: first.userId, email: first.email! }, items, links));
      await db.markDigested(items.map((n) => n.id));
    }
    return byPerson.size;
  }

  function drain(): Promise<void> {
    if (draining) {
      again = true;
      return draining;
    }
    draining = (async () => {
      do {
        again = false;
        await sendDue().catch((err: unknown) =>
          logger.error({ err }, 'sending notification emails failed'),
        );
        await sendDigests().catch((err: unknown) =>
          logger.error({ err }, 'sending digests failed'),
        );
      } while (again);
    })().finally(() => {
      draining = null;
    });
    return draining;
  }

  return {
    kick: () => void (mailer.configured ? drain() : undefined),
    start() {
      if (!mailer.configured || timer) return;
      timer = setInterval(() => void drain(), config.NOTIFICATIONS_POLL_MS);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      await draining;
    },
    /** Sends what is due now and waits (tests). */
    drain,
    /** Sends the digests now, whatever the hour (tests, operators). */
    sendDigestsNow: () => sendDigests(true),
  };
}

export type EmailWorker = ReturnType<typeof createEmailWorker>;
