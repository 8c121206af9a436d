import { createHash } from 'node:crypto';

/** Airtable allows 5 requests per second per base. */
export const BASE_REQUESTS_PER_SECOND = 5;
/** Airtable allows 50 requests per second per token. */
export const TOKEN_REQUESTS_PER_SECOND = 50;

/** The limiter key of a base: `base:<baseId>`. */
export function baseRateKey(baseId: string): string {
  return `base:${baseId}`;
}

/** The limiter key of a token: `token:<first 16 hex of sha256>` (never the token itself). */
export function tokenRateKey(token: string): string {
  return `token:${createHash('sha256').update(token).digest('hex').slice(0, 16)}`;
}

/** Airtable's published limits by key kind: 5/s per base, 50/s per token, others unlimited. */
export function airtableRateLimits(key: string): number {
  if (key.startsWith('base:')) return BASE_REQUESTS_PER_SECOND;
  if (key.startsWith('token:')) return TOKEN_REQUESTS_PER_SECOND;
  return Infinity;
}
