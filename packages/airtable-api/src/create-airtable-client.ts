import { createAttachmentsApi } from './attachments-api.ts';
import { createCommentsApi } from './comments-api.ts';
import { createMetaApi } from './meta-api.ts';
import type { RateLimiter } from './rate-limiter.ts';
import { createRecordsApi } from './records-api.ts';
import { createSendRequest } from './send-request.ts';
import { createWebhooksApi } from './webhooks-api.ts';

/** Where and how a client talks to Airtable. */
export interface AirtableClientOptions {
  /** `https://api.airtable.com` or airtable-local's URL, without `/v0`. */
  apiUrl: string;
  /** Airtable's content API (uploads); content.airtable.com for Airtable, else `apiUrl`. */
  contentUrl?: string;
  /** A personal access token (or OAuth token). */
  token: string;
  fetch?: typeof fetch;
  /** Per request, after the limiter lets it go; default 30 000. */
  timeoutMs?: number;
  /** Asked before every request with `base:<id>` and `token:<hash>` keys; penalized on 429. */
  limiter?: RateLimiter;
}

/** A typed client for the Airtable Web API; it paces but never retries (see `withRetries`). */
export function createAirtableClient(options: AirtableClientOptions) {
  const send = createSendRequest(options);
  return {
    ...createMetaApi(send),
    ...createRecordsApi(send),
    ...createCommentsApi(send),
    ...createAttachmentsApi(send),
    ...createWebhooksApi(send),
  };
}

/** The client `createAirtableClient` returns. */
export type AirtableClient = ReturnType<typeof createAirtableClient>;
