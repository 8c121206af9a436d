import { AirtableApiError } from './airtable-api-error.ts';
import { sleepFor } from './create-queued-rate-limiter.ts';

/** What `onRetry` hears before each wait. */
export interface RetryEvent {
  error: AirtableApiError;
  /** 1 for the first retry. */
  attempt: number;
  delayMs: number;
}

/** Retry policy of `withRetries`. */
export interface RetryOptions {
  /** Retries after the first attempt; default 5. */
  retries?: number;
  /** Default 500. */
  baseDelayMs?: number;
  /** Cap of the exponential backoff (not of a server's Retry-After); default 30 000. */
  maxDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Default Math.random. */
  random?: () => number;
  onRetry?: (event: RetryEvent) => void;
}

// Not p-retry: each attempt's delay depends on the error (Airtable's 30 s penalty after a 429,
// a server's Retry-After), which p-retry 6 (the last major for Node 20) cannot express.
/**
 * Calls `fn` until it succeeds, retrying only retryable AirtableApiErrors: after `retryAfterMs`
 * when given (30 s after a 429), else after exponential backoff with full jitter.
 */
export async function withRetries<T>(
  fn: (attempt: number) => Promise<T>,
  options: RetryOptions = {},
): Promise<T> {
  const retries = options.retries ?? 5;
  const baseDelayMs = options.baseDelayMs ?? 500;
  const maxDelayMs = options.maxDelayMs ?? 30_000;
  const sleep = options.sleep ?? sleepFor;
  const random = options.random ?? Math.random;
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (error) {
      if (!(error instanceof AirtableApiError) || !error.retryable || attempt >= retries)
        throw error;
      const delayMs =
        error.retryAfterMs ??
        Math.round(random() * Math.min(maxDelayMs, baseDelayMs * 2 ** attempt));
      options.onRetry?.({ error, attempt: attempt + 1, delayMs });
      await sleep(delayMs);
    }
  }
}
