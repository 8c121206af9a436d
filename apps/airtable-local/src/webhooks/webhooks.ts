import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import type { Logger } from '@pyairtable/subgraph-kit';
import { newId } from '../ids.ts';
import { ApiError, invalidParameters, invalidRequest, notFound } from '../http/api-error.ts';
import type { ChangeSet } from '../records/record-changes.ts';
import type { Store } from '../store.ts';
import { notificationUrlProblem } from './notification-url.ts';
import { createNotifier } from './notify-webhooks.ts';
import { webhookStore, type WebhookRow } from './webhook-store.ts';

/** Airtable allows 10 webhooks per base. */
export const MAX_WEBHOOKS_PER_BASE = 10;
const MAX_PAYLOADS_PER_PAGE = 50;

export interface WebhookDeps {
  store: Store;
  logger: Logger;
  now: () => Date;
  lifetimeMs: number;
  /** Whether notification URLs may be loopback or private addresses (dev and tests). */
  allowPrivateUrls: boolean;
  pingRetryDelaysMs: readonly number[];
  pingTimeoutMs: number;
}

function describe(w: WebhookRow) {
  return {
    id: w.id,
    areNotificationsEnabled: w.notificationsEnabled,
    cursorForNextPayload: w.nextPayloadNumber,
    isHookEnabled: w.isHookEnabled,
    lastSuccessfulNotificationTime: w.lastSuccessfulNotificationTime?.toISOString() ?? null,
    notificationUrl: w.notificationUrl,
    expirationTime: w.expirationTime.toISOString(),
    lastNotificationResult: w.lastNotificationResult ?? null,
    specification: w.specification,
  };
}

/** The webhooks API of one server. */
export function createWebhooks(deps: WebhookDeps) {
  const db = deps.store.pool;
  const notifier = createNotifier({
    db,
    logger: deps.logger,
    now: deps.now,
    allowPrivateUrls: deps.allowPrivateUrls,
    retryDelaysMs: deps.pingRetryDelaysMs,
    timeoutMs: deps.pingTimeoutMs,
  });

  async function find(baseId: string, id: string) {
    const webhook = await webhookStore.find(db, baseId, id);
    if (!webhook) throw notFound();
    return webhook;
  }

  return {
    async create(baseId: string, body: Record<string, unknown>) {
      const spec = body.specification as WebhookRow['specification'] | undefined;
      const dataTypes = spec?.options?.filters?.dataTypes;
      if (!Array.isArray(dataTypes) || dataTypes.length === 0)
        throw invalidRequest('specification.options.filters.dataTypes is required');
      if (
        body.notificationUrl !== undefined &&
        body.notificationUrl !== null &&
        typeof body.notificationUrl !== 'string'
      ) {
        throw invalidParameters('notificationUrl must be a string');
      }
      if (typeof body.notificationUrl === 'string') {
        const problem = await notificationUrlProblem(body.notificationUrl, deps.allowPrivateUrls);
        if (problem) throw invalidParameters(problem);
      }
      if ((await webhookStore.list(db, baseId)).length >= MAX_WEBHOOKS_PER_BASE) {
        throw new ApiError(
          422,
          'TOO_MANY_WEBHOOKS_BY_OAUTH_INTEGRATION_IN_BASE',
          `A base can have at most ${MAX_WEBHOOKS_PER_BASE} webhooks.`,
        );
      }
      const id = newId('ach');
      const macSecretBase64 = randomBytes(32).toString('base64');
      const expirationTime = new Date(deps.now().getTime() + deps.lifetimeMs);
      await webhookStore.insert(db, {
        id,
        baseId,
        notificationUrl: (body.notificationUrl as string | undefined) ?? null,
        macSecretBase64,
        specification: spec!,
        expirationTime,
      });
      return { id, macSecretBase64, expirationTime: expirationTime.toISOString() };
    },
    list: async (baseId: string) => ({
      webhooks: (await webhookStore.list(db, baseId)).map(describe),
    }),
    async delete(baseId: string, id: string) {
      if (!(await webhookStore.delete(db, baseId, id))) throw notFound();
      return {};
    },
    async refresh(baseId: string, id: string) {
      await find(baseId, id);
      const expirationTime = new Date(deps.now().getTime() + deps.lifetimeMs);
      await webhookStore.setExpiration(db, id, expirationTime);
      return { expirationTime: expirationTime.toISOString() };
    },
    async setNotifications(baseId: string, id: string, enable: unknown) {
      if (typeof enable !== 'boolean') throw invalidRequest('"enable" must be true or false');
      await find(baseId, id);
      await webhookStore.setNotificationsEnabled(db, id, enable);
      return {};
    },
    async payloads(baseId: string, id: string, cursorParam: unknown, limitParam: unknown) {
      const webhook = await find(baseId, id);
      const cursor = cursorParam === undefined ? 1 : Number(cursorParam);
      const limit = limitParam === undefined ? MAX_PAYLOADS_PER_PAGE : Number(limitParam);
      if (!Number.isInteger(cursor) || cursor < 1) throw invalidRequest('Invalid cursor');
      if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAYLOADS_PER_PAGE)
        throw invalidRequest(`limit must be 1 to ${MAX_PAYLOADS_PER_PAGE}`);
      const rows = await webhookStore.payloads(db, id, cursor, limit);
      const next =
        rows.length > 0
          ? Number(rows[rows.length - 1]!.number) + 1
          : Math.max(cursor, Math.min(cursor, webhook.nextPayloadNumber));
      return {
        payloads: rows.map((r) => r.payload),
        cursor: next,
        mightHaveMore: next < webhook.nextPayloadNumber,
        payloadFormat: 'v0',
      };
    },

    /** Inside a write's transaction: one payload per live webhook whose filters match. */
    async record(
      client: pg.PoolClient,
      baseId: string,
      transactionNumber: number,
      changes: ChangeSet,
    ) {
      const now = deps.now();
      for (const webhook of await webhookStore.list(client, baseId)) {
        if (!webhook.isHookEnabled || webhook.expirationTime <= now) continue;
        const filters = webhook.specification.options?.filters;
        if (!filters?.dataTypes?.includes('tableData')) continue;
        const changedTablesById: Record<string, unknown> = {};
        for (const [tableId, c] of changes.tables) {
          if (filters.recordChangeScope && filters.recordChangeScope !== tableId) continue;
          changedTablesById[tableId] = {
            ...(c.created.length
              ? {
                  createdRecordsById: Object.fromEntries(
                    c.created.map((r) => [
                      r.id,
                      { createdTime: r.createdTime.toISOString(), cellValuesByFieldId: r.cells },
                    ]),
                  ),
                }
              : {}),
            ...(c.changed.length
              ? {
                  changedRecordsById: Object.fromEntries(
                    c.changed.map((r) => [
                      r.id,
                      {
                        current: { cellValuesByFieldId: r.current },
                        previous: { cellValuesByFieldId: r.previous },
                      },
                    ]),
                  ),
                }
              : {}),
            ...(c.destroyed.length ? { destroyedRecordIds: c.destroyed } : {}),
          };
        }
        if (Object.keys(changedTablesById).length === 0) continue;
        await webhookStore.appendPayload(client, webhook.id, {
          timestamp: now.toISOString(),
          baseTransactionNumber: transactionNumber,
          actionMetadata: { source: 'publicApi', sourceMetadata: {} },
          payloadFormat: 'v0',
          changedTablesById,
        });
      }
    },

    /** After a write commits: pings every live webhook of the base, retrying failures. */
    notify: (baseId: string) => notifier.notify(baseId),
    /** Stops pending ping retries. */
    close: () => notifier.close(),
  };
}

export type Webhooks = ReturnType<typeof createWebhooks>;
