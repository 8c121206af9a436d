export type BudgetPeriod = 'DAILY' | 'MONTHLY';

/** The current period's bounds, in UTC: budgets reset at midnight UTC and on the 1st of the month. */
export function periodBounds(period: BudgetPeriod, now: Date): { start: Date; end: Date } {
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth();
  if (period === 'DAILY') {
    const d = now.getUTCDate();
    return { start: new Date(Date.UTC(y, m, d)), end: new Date(Date.UTC(y, m, d + 1)) };
  }
  return { start: new Date(Date.UTC(y, m, 1)), end: new Date(Date.UTC(y, m + 1, 1)) };
}
