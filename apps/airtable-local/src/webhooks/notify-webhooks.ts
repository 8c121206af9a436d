import type { Logger } from '@pyairtable/subgraph-kit';
import type { Queryable } from '../store.ts';
import { sendPing } from './send-ping.ts';
import { contentMac } from './content-mac.ts';
import { webhookStore, type WebhookRow } from './webhook-store.ts';

export interface NotifierDeps {
  db: Queryable;
  logger: Logger;
  now: () => Date;
  allowPrivateUrls: boolean;
  /** Waits before each retry of a failed ping; its length is the number of retries. */
  retryDelaysMs: readonly number[];
  timeoutMs: number;
}

/**
 * Pings notification URLs. A ping succeeds on 200 or 204; a failed one is tried again after
 * each of `retryDelaysMs` (retryNumber 1, 2, …) until one succeeds, and every try is recorded
 * as the webhook's lastNotificationResult. A newer change replaces a pending retry.
 */
export function createNotifier(deps: NotifierDeps) {
  const retries = new Map<string, NodeJS.Timeout>();
  let closed = false;

  function live(webhook: WebhookRow | null): webhook is WebhookRow & { notificationUrl: string } {
    return (
      webhook !== null &&
      webhook.isHookEnabled &&
      webhook.notificationsEnabled &&
      webhook.notificationUrl !== null &&
      webhook.expirationTime > deps.now()
    );
  }

  async function attempt(webhook: WebhookRow & { notificationUrl: string }, retryNumber: number) {
    const started = deps.now();
    const body = JSON.stringify({
      base: { id: webhook.baseId },
      webhook: { id: webhook.id },
      timestamp: started.toISOString(),
    });
    let problem: string | undefined;
    try {
      const status = await sendPing(
        webhook.notificationUrl,
        body,
        {
          'content-type': 'application/json',
          'X-Airtable-Content-MAC': contentMac(webhook.macSecretBase64, body),
        },
        { allowPrivate: deps.allowPrivateUrls, timeoutMs: deps.timeoutMs },
      );
      // Airtable's own wording for a refused ping.
      if (status !== 200 && status !== 204)
        problem = `The HTTP request returned a ${status} status code instead of 200 or 204`;
    } catch (error) {
      problem = (error as Error).message;
    }
    const finished = deps.now();
    const willBeRetried = problem !== undefined && retryNumber < deps.retryDelaysMs.length;
    await webhookStore.recordNotification(
      deps.db,
      webhook.id,
      problem === undefined,
      {
        success: problem === undefined,
        completionTimestamp: finished.toISOString(),
        durationMs: finished.getTime() - started.getTime(),
        retryNumber,
        ...(problem === undefined ? {} : { error: { message: problem }, willBeRetried }),
      },
      finished,
    );
    if (problem !== undefined) {
      deps.logger.warn({ webhookId: webhook.id, retryNumber, problem }, 'webhook ping failed');
    }
    if (willBeRetried) schedule(webhook, retryNumber + 1);
  }

  function schedule(webhook: WebhookRow, retryNumber: number) {
    if (closed) return;
    const timer = setTimeout(
      () => {
        retries.delete(webhook.id);
        void webhookStore
          .find(deps.db, webhook.baseId, webhook.id)
          .then((current) => (live(current) ? attempt(current, retryNumber) : undefined))
          .catch((err: unknown) => deps.logger.warn({ err }, 'webhook ping retry failed'));
      },
      deps.retryDelaysMs[retryNumber - 1],
    );
    timer.unref();
    retries.set(webhook.id, timer);
  }

  return {
    /** After a write commits: pings every live webhook of the base. */
    async notify(baseId: string): Promise<void> {
      const webhooks = (await webhookStore.list(deps.db, baseId)).filter(live);
      await Promise.all(
        webhooks.map((webhook) => {
          clearTimeout(retries.get(webhook.id));
          retries.delete(webhook.id);
          return attempt(webhook, 0);
        }),
      );
    },
    /** Drops pending retries; the server is stopping. */
    close(): void {
      closed = true;
      for (const timer of retries.values()) clearTimeout(timer);
      retries.clear();
    },
  };
}
