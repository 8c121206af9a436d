const FIRST_DELAY_MS = 100;
const MAX_DELAY_MS = 5_000;

/** Exponential backoff with jitter, so many processes do not reconnect in lockstep. */
export function reconnectDelay(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** attempt);
  return Math.round(ceiling * (0.5 + random() / 2));
}
