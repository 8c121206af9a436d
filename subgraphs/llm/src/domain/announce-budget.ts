import { createEvent } from '@pyairtable/events';
import type { LlmDeps } from '../deps.ts';
import type { CallScope } from './budget-ledger.ts';
import { budgetStatus, type BudgetSpend } from './budgets.ts';

/**
 * Tells the platform a budget reached 80 % or 100 % (notifications tells its people, once per
 * threshold and period). The answer goes on whether or not the event is heard.
 */
export async function announceBudgetReached(
  deps: LlmDeps,
  scope: CallScope,
  budget: BudgetSpend,
): Promise<void> {
  const status = budgetStatus(budget);
  if (status === 'OK') return;
  await deps.events
    .publish(
      createEvent(
        'llm.budgetReached',
        {
          workspaceId: scope.workspaceId,
          userId: scope.userId,
          budgetId: budget.id,
          budgetUserId: budget.userId,
          status,
          period: budget.period,
          limitUsd: budget.limitUsd,
          spentUsd: budget.spentUsd,
          resetsAt: budget.resetsAt.toISOString(),
        },
        deps.clock,
      ),
    )
    .catch((err: unknown) =>
      deps.logger.warn({ err, budgetId: budget.id }, 'llm.budgetReached event not published'),
    );
}
