export { createAirtableClient } from './create-airtable-client.ts';
export type { AirtableClient, AirtableClientOptions } from './create-airtable-client.ts';
export { AirtableApiError, isRetryable } from './airtable-api-error.ts';
export type { AirtableApiErrorInit } from './airtable-api-error.ts';
export { parseErrorResponse, RATE_LIMIT_PENALTY_MS } from './parse-error-response.ts';
export { MAX_RECORDS_PER_REQUEST } from './assert-batch-size.ts';
export { verifyWebhookMac } from './verify-webhook-mac.ts';
export { withRetries } from './with-retries.ts';
export type { RetryEvent, RetryOptions } from './with-retries.ts';
export type { RateLimiter, RateLimits } from './rate-limiter.ts';
export { createMemoryRateLimiter } from './create-memory-rate-limiter.ts';
export type { MemoryRateLimiterOptions } from './create-memory-rate-limiter.ts';
export { createRedisRateLimiter } from './create-redis-rate-limiter.ts';
export type { RedisRateLimiter, RedisRateLimiterOptions } from './create-redis-rate-limiter.ts';
export {
  airtableRateLimits,
  baseRateKey,
  tokenRateKey,
  BASE_REQUESTS_PER_SECOND,
  TOKEN_REQUESTS_PER_SECOND,
} from './rate-limit-keys.ts';
export type { FieldDefinition } from './meta-api.ts';
export type { PageCall } from './records-api.ts';
export type * from './comment-types.ts';
export type * from './record-types.ts';
export type * from './schema-types.ts';
export { AIRTABLE_FIELD_TYPES } from './schema-types.ts';
export type * from './webhook-types.ts';
export type { AttachmentUpload, UploadedAttachmentRecord } from './attachments-api.ts';
