import type { BudgetPeriod } from './budget-periods.ts';

/** From this share of a budget on, answers carry a warning. */
export const WARNING_RATIO = 0.8;

export type BudgetStatus = 'OK' | 'WARNING' | 'EXCEEDED';

/** A budget with what its scope has spent in the current period. */
export interface BudgetSpend {
  id: string;
  /** Null for the whole workspace's budget. */
  userId: string | null;
  period: BudgetPeriod;
  limitUsd: number;
  spentUsd: number;
  resetsAt: Date;
}

export function budgetStatus(budget: Pick<BudgetSpend, 'limitUsd' | 'spentUsd'>): BudgetStatus {
  if (budget.spentUsd >= budget.limitUsd) return 'EXCEEDED';
  if (budget.spentUsd >= budget.limitUsd * WARNING_RATIO) return 'WARNING';
  return 'OK';
}

const usd = (n: number) => `$${n.toFixed(n > 0 && n < 0.1 ? 4 : 2)}`;

function describeBudget(budget: BudgetSpend): string {
  const whose = budget.userId ? 'your' : "this workspace's";
  return `${whose} ${budget.period === 'DAILY' ? 'daily' : 'monthly'} assistant budget of ${usd(budget.limitUsd)}`;
}

/**
 * The budget a call would push over its limit (the first, tightest one), or null. A limit of 0
 * refuses every call, even a free one.
 */
export function budgetRefusal(
  budgets: readonly BudgetSpend[],
  estimateUsd: number,
): { budget: BudgetSpend; message: string } | null {
  const over = budgets
    .filter((b) => b.limitUsd <= 0 || b.spentUsd + estimateUsd > b.limitUsd)
    .sort((a, b) => a.limitUsd - a.spentUsd - (b.limitUsd - b.spentUsd))[0];
  if (!over) return null;
  const spent =
    over.spentUsd >= over.limitUsd
      ? 'it is used up'
      : `${usd(over.spentUsd)} is spent and this request could cost up to ${usd(estimateUsd)}`;
  return {
    budget: over,
    message: `The assistant's request would exceed ${describeBudget(over)}: ${spent}. It resets at ${over.resetsAt.toISOString()}.`,
  };
}

/** A warning for each budget at 80 % or more. */
export function budgetWarnings(budgets: readonly BudgetSpend[]): string[] {
  return budgets
    .filter((b) => b.limitUsd > 0 && budgetStatus(b) !== 'OK')
    .map((b) => {
      const percent = Math.floor((b.spentUsd / b.limitUsd) * 100);
      return `${percent} % of ${describeBudget(b)} is spent (${usd(b.spentUsd)}); it resets at ${b.resetsAt.toISOString()}.`;
    });
}
