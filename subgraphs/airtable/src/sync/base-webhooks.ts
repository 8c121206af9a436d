import { verifyWebhookMac } from '@pyairtable/airtable-api';
import type { SecretBox } from '@pyairtable/subgraph-kit';
import type { AirtableClients } from '../airtable-clients.ts';
import type { AirtableDb, MirrorBase } from '../db.ts';

// Airtable webhooks expire after 7 days; refresh when less than a day is left.
const REFRESH_BEFORE_MS = 24 * 3600_000;

export interface WebhookChanges {
  /** Records created or changed, by table: fetch them again in full. */
  changed: Map<string, Set<string>>;
  destroyed: Map<string, Set<string>>;
  schemaChanged: boolean;
}

interface Payload {
  changedTablesById?: Record<
    string,
    {
      createdRecordsById?: Record<string, unknown>;
      changedRecordsById?: Record<string, unknown>;
      destroyedRecordIds?: string[];
      createdFieldsById?: unknown;
      changedFieldsById?: unknown;
      destroyedFieldIds?: unknown[];
      changedMetadata?: unknown;
    }
  >;
  createdTablesById?: unknown;
  destroyedTableIds?: unknown[];
}

/** Airtable webhooks for mirrored bases: created, refreshed, verified and read by cursor. */
export function createBaseWebhooks(deps: {
  db: AirtableDb;
  clients: AirtableClients;
  secrets: SecretBox;
  publicUrl: string;
  clock: () => Date;
}) {
  const notificationUrl = (baseId: string) =>
    new URL(`/webhooks/airtable/${baseId}`, deps.publicUrl).toString();

  return {
    /** Creates the base's webhook, or refreshes it before it expires. */
    async ensure(base: MirrorBase): Promise<void> {
      const client = await deps.clients.forConnection(base.connectionId);
      const now = deps.clock().getTime();
      if (
        base.webhookId &&
        base.webhookExpiresAt &&
        base.webhookExpiresAt.getTime() - now > REFRESH_BEFORE_MS
      )
        return;
      if (base.webhookId) {
        try {
          const { expirationTime } = await client.refreshWebhook(base.id, base.webhookId);
          await deps.db.updateSync(base.id, {
            webhookExpiresAt: expirationTime ? new Date(expirationTime) : null,
          });
          return;
        } catch {
          // Gone (expired or deleted): create a new one below.
        }
      }
      const created = await client.createWebhook(base.id, {
        notificationUrl: notificationUrl(base.id),
        specification: {
          options: { filters: { dataTypes: ['tableData', 'tableFields', 'tableMetadata'] } },
        },
      });
      await deps.db.updateSync(base.id, {
        webhookId: created.id,
        webhookMacSealed: deps.secrets.encrypt(created.macSecretBase64),
        webhookCursor: 1,
        webhookExpiresAt: created.expirationTime ? new Date(created.expirationTime) : null,
      });
    },

    /** True when a ping's `X-Airtable-Content-MAC` matches the base's webhook secret. */
    verify(base: MirrorBase, rawBody: Buffer, header: string | undefined): boolean {
      if (!base.webhookMacSealed || !header) return false;
      return verifyWebhookMac(deps.secrets.decrypt(base.webhookMacSealed), rawBody, header);
    },

    /** Reads every payload after the stored cursor and summarises what changed. */
    async readChanges(base: MirrorBase): Promise<WebhookChanges> {
      const changes: WebhookChanges = {
        changed: new Map(),
        destroyed: new Map(),
        schemaChanged: false,
      };
      if (!base.webhookId) return changes;
      const client = await deps.clients.forConnection(base.connectionId);
      let cursor = base.webhookCursor;
      for (;;) {
        const page = await client.listWebhookPayloads(base.id, base.webhookId, cursor);
        for (const payload of page.payloads as Payload[]) {
          if (payload.createdTablesById || payload.destroyedTableIds?.length)
            changes.schemaChanged = true;
          for (const [tableId, t] of Object.entries(payload.changedTablesById ?? {})) {
            const ids = [
              ...Object.keys(t.createdRecordsById ?? {}),
              ...Object.keys(t.changedRecordsById ?? {}),
            ];
            if (ids.length)
              changes.changed.set(
                tableId,
                new Set([...(changes.changed.get(tableId) ?? []), ...ids]),
              );
            if (t.destroyedRecordIds?.length)
              changes.destroyed.set(
                tableId,
                new Set([...(changes.destroyed.get(tableId) ?? []), ...t.destroyedRecordIds]),
              );
            if (
              t.createdFieldsById ||
              t.changedFieldsById ||
              t.destroyedFieldIds?.length ||
              t.changedMetadata
            )
              changes.schemaChanged = true;
          }
        }
        cursor = page.cursor;
        if (!page.mightHaveMore) break;
      }
      await deps.db.updateSync(base.id, { webhookCursor: cursor });
      return changes;
    },
  };
}

export type BaseWebhooks = ReturnType<typeof createBaseWebhooks>;
