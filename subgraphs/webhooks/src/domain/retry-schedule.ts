/**
 * Delays before each retry, after the first attempt (sent at once): 5 s, 1 min, 5 min, 30 min,
 * 1 h, 2 h, 4 h, 8 h, 8 h — ten attempts over about 24 hours (23 h 36 min before jitter).
 */
export const RETRY_DELAYS_MS = [
  5_000,
  60_000,
  5 * 60_000,
  30 * 60_000,
  3_600_000,
  2 * 3_600_000,
  4 * 3_600_000,
  8 * 3_600_000,
  8 * 3_600_000,
] as const;

/** Attempts in all, the first included. */
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;

// Retry-After is honoured up to this, so a receiver cannot park a delivery for ever.
const MAX_RETRY_AFTER_MS = 24 * 3_600_000;

/**
 * When to try again after `attempts` failed attempts, or null when the schedule is used up
 * (the delivery goes to the dead-letter list). ±20 % jitter spreads retries of many
 * deliveries; a Retry-After the receiver sent is waited at least.
 */
export function nextAttemptDelay(
  attempts: number,
  retryAfterMs: number | null,
  random: () => number = Math.random,
): number | null {
  if (attempts >= MAX_ATTEMPTS) return null;
  const base = RETRY_DELAYS_MS[attempts - 1] ?? RETRY_DELAYS_MS.at(-1)!;
  const jittered = Math.round(base * (0.8 + random() * 0.4));
  return Math.max(jittered, Math.min(retryAfterMs ?? 0, MAX_RETRY_AFTER_MS));
}

/** Retry-After in milliseconds (seconds or an HTTP date), or null when absent or unreadable. */
export function parseRetryAfter(value: string | string[] | undefined, now: Date): number | null {
  const text = Array.isArray(value) ? value[0] : value;
  if (!text) return null;
  if (/^\d+$/.test(text.trim())) return Number(text.trim()) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? null : Math.max(0, date - now.getTime());
}
