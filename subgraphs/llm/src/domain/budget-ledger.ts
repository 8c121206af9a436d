import { createEvent } from '@pyairtable/events';
import type { Budget } from '../db.ts';
import type { LlmDeps } from '../deps.ts';
import { periodBounds } from './budget-periods.ts';
import { budgetRefusal, type BudgetSpend } from './budgets.ts';
import { costOf, priceOf, type TokenCounts } from './prices.ts';

/** Who a model call is for. */
export interface CallScope {
  workspaceId: string;
  userId: string;
  conversationId: string;
  messageId: string;
}

/** The worst case of a call: the whole prompt, and the longest answer allowed. */
export function estimateCost(deps: LlmDeps, promptTokens: number): number {
  return costOf(priceOf(deps.config.LLM_MODEL, deps.config.LLM_PRICES), {
    promptTokens,
    completionTokens: deps.config.LLM_MAX_OUTPUT_TOKENS,
  });
}

/**
 * Holds a call's worst-case cost against the workspace's and the user's budgets; the refusal's
 * message when a budget would be exceeded.
 */
export async function reserveCall(
  deps: LlmDeps,
  scope: CallScope,
  promptTokens: number,
): Promise<{ ok: true; id: string } | { ok: false; message: string; retryAfterSeconds: number }> {
  const now = deps.clock();
  const estimateUsd = estimateCost(deps, promptTokens);
  const result = await deps.db.reserveModelCall(
    { ...scope, model: deps.config.LLM_MODEL, estimateUsd, createdAt: now },
    (period) => periodBounds(period, now).start,
    (budgets) =>
      budgetRefusal(
        budgets.map((b) => ({ ...b, resetsAt: periodBounds(b.period, now).end })),
        estimateUsd,
      ),
  );
  if ('id' in result) return { ok: true, id: result.id };
  const { budget, message } = result.refused;
  return {
    ok: false,
    message,
    retryAfterSeconds: Math.max(1, Math.ceil((budget.resetsAt.getTime() - now.getTime()) / 1000)),
  };
}

/** Records what a call used in place of its reservation, and tells analytics. */
export async function settleCall(
  deps: LlmDeps,
  scope: CallScope,
  reservationId: string,
  status: 'COMPLETED' | 'FAILED',
  tokens: TokenCounts,
): Promise<{ promptTokens: number; completionTokens: number; costUsd: number }> {
  const costUsd = costOf(priceOf(deps.config.LLM_MODEL, deps.config.LLM_PRICES), tokens);
  const usage = {
    promptTokens: tokens.promptTokens,
    completionTokens: tokens.completionTokens,
    costUsd,
  };
  await deps.db.settleModelCall(reservationId, { status, ...usage });
  if (usage.promptTokens + usage.completionTokens > 0) {
    await deps.events
      .publish(
        createEvent('llm.usage', { ...scope, model: deps.config.LLM_MODEL, ...usage }, deps.clock),
      )
      .catch((error: unknown) =>
        // The ledger row is the record; the event only feeds analytics.
        deps.logger.warn({ err: error, reservationId }, 'llm.usage event not published'),
      );
  }
  return usage;
}

/** Budgets with what their scope spent in the current period. */
export async function withSpending(deps: LlmDeps, budgets: Budget[]): Promise<BudgetSpend[]> {
  const now = deps.clock();
  return Promise.all(
    budgets.map(async (budget) => {
      const { start, end } = periodBounds(budget.period, now);
      return {
        id: budget.id,
        userId: budget.userId,
        period: budget.period,
        limitUsd: budget.limitUsd.toNumber(),
        spentUsd: await deps.db.spentSince(budget.workspaceId, budget.userId, start),
        resetsAt: end,
      };
    }),
  );
}

/** The budgets that apply to a user's calls in a workspace, with their spending. */
export async function budgetsFor(deps: LlmDeps, workspaceId: string, userId: string) {
  return withSpending(deps, await deps.db.listBudgets(workspaceId, userId));
}
