import type {
  CreatedWebhook,
  CreateWebhookInput,
  Webhook,
  WebhookPayloadsPage,
} from './webhook-types.ts';
import type { SendRequest } from './send-request.ts';

const hooksPath = (baseId: string) => `/v0/bases/${encodeURIComponent(baseId)}/webhooks`;
const hookPath = (baseId: string, webhookId: string) =>
  `${hooksPath(baseId)}/${encodeURIComponent(webhookId)}`;

/** The webhooks endpoints of one client (they count against the base's rate limit). */
export function createWebhooksApi(send: SendRequest) {
  return {
    /** Creates a webhook; keep `macSecretBase64`, it is shown only once. */
    createWebhook(baseId: string, input: CreateWebhookInput): Promise<CreatedWebhook> {
      return send({ method: 'POST', path: hooksPath(baseId), body: input, baseId });
    },

    /** The base's webhooks (without secrets). */
    listWebhooks(baseId: string): Promise<{ webhooks: Webhook[] }> {
      return send({ method: 'GET', path: hooksPath(baseId), baseId });
    },

    /** Deletes a webhook and its payloads. */
    async deleteWebhook(baseId: string, webhookId: string): Promise<void> {
      await send({ method: 'DELETE', path: hookPath(baseId, webhookId), baseId });
    },

    /** Extends a webhook's life by 7 days. */
    refreshWebhook(baseId: string, webhookId: string): Promise<{ expirationTime: string | null }> {
      return send({ method: 'POST', path: `${hookPath(baseId, webhookId)}/refresh`, baseId });
    },

    /** Turns notification pings on or off. */
    async setWebhookNotifications(baseId: string, webhookId: string, enable: boolean) {
      await send({
        method: 'POST',
        path: `${hookPath(baseId, webhookId)}/enableNotifications`,
        body: { enable },
        baseId,
      });
    },

    /** Payloads from `cursor` (default 1, Airtable's first); read on with the returned cursor. */
    async listWebhookPayloads(
      baseId: string,
      webhookId: string,
      cursor?: number,
      limit?: number,
    ): Promise<WebhookPayloadsPage> {
      const page = await send<WebhookPayloadsPage>({
        method: 'GET',
        path: `${hookPath(baseId, webhookId)}/payloads`,
        query: { cursor, limit },
        baseId,
      });
      return { payloads: page.payloads, cursor: page.cursor, mightHaveMore: page.mightHaveMore };
    },
  };
}
