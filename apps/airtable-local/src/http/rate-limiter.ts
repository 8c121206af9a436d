/**
 * Airtable's limits: N requests per rolling second per key; going over answers 429 and keeps
 * answering 429 for a penalty period.
 */
export function createRateLimiter(
  limitPerSecond: number,
  penaltyMs: number,
  now: () => number = Date.now,
) {
  const hits = new Map<string, number[]>();
  const penalties = new Map<string, number>();

  return {
    /** Records a request; false when it must be refused. */
    allow(key: string): boolean {
      const t = now();
      const until = penalties.get(key);
      if (until !== undefined && until > t) return false;
      const recent = (hits.get(key) ?? []).filter((h) => h > t - 1000);
      if (recent.length >= limitPerSecond) {
        penalties.set(key, t + penaltyMs);
        hits.set(key, recent);
        return false;
      }
      recent.push(t);
      hits.set(key, recent);
      return true;
    },
  };
}
