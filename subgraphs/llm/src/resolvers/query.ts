import { roleAtLeast } from '@pyairtable/subgraph-kit';
import type { UsageRow, UsageTotals } from '../db.ts';
import type { LlmContext } from '../deps.ts';
import { findOwnConversation, findOwnMessage, requireWorkspaceRole } from '../domain/access.ts';
import { withSpending } from '../domain/budget-ledger.ts';
import { periodBounds, type BudgetPeriod } from '../domain/budget-periods.ts';
import { NOT_CONFIGURED } from '../domain/send-message.ts';
import { budgetView, toUsage } from './entities.ts';

function addUp(rows: readonly UsageRow[]): UsageTotals {
  return rows.reduce(
    (sum, row) => ({
      promptTokens: sum.promptTokens + row.promptTokens,
      completionTokens: sum.completionTokens + row.completionTokens,
      costUsd: Math.round((sum.costUsd + row.costUsd) * 1e8) / 1e8,
      modelCalls: sum.modelCalls + row.modelCalls,
    }),
    { promptTokens: 0, completionTokens: 0, costUsd: 0, modelCalls: 0 },
  );
}

function groupBy(rows: readonly UsageRow[], key: 'userId' | 'model') {
  const groups = new Map<string, UsageRow[]>();
  for (const row of rows) groups.set(row[key], [...(groups.get(row[key]) ?? []), row]);
  return [...groups.entries()].map(([value, group]) => ({ value, usage: toUsage(addUp(group)) }));
}

export const Query = {
  assistantStatus: (_: unknown, __: unknown, ctx: LlmContext) => {
    ctx.auth.requireUser();
    const configured = ctx.deps.openai !== null;
    return {
      configured,
      model: configured ? ctx.deps.config.LLM_MODEL : null,
      message: configured ? null : NOT_CONFIGURED,
    };
  },

  conversation: (_: unknown, args: { id: string }, ctx: LlmContext) =>
    findOwnConversation(ctx, args.id),

  conversations: async (
    _: unknown,
    args: { workspaceId: string; first?: number | null },
    ctx: LlmContext,
  ) => {
    await requireWorkspaceRole(ctx, args.workspaceId, 'VIEWER');
    const first = Math.min(100, Math.max(1, args.first ?? 20));
    return ctx.deps.db.listConversations(
      args.workspaceId.toLowerCase(),
      ctx.auth.requireUser(),
      first,
    );
  },

  conversationMessage: (_: unknown, args: { id: string }, ctx: LlmContext) =>
    findOwnMessage(ctx, args.id),

  assistantBudgets: async (_: unknown, args: { workspaceId: string }, ctx: LlmContext) => {
    const role = await requireWorkspaceRole(ctx, args.workspaceId, 'VIEWER');
    const workspaceId = args.workspaceId.toLowerCase();
    const budgets = await ctx.deps.db.listBudgets(
      workspaceId,
      roleAtLeast(role, 'ADMIN') ? undefined : ctx.auth.requireUser(),
    );
    const now = ctx.deps.clock();
    return (await withSpending(ctx.deps, budgets)).map((b) => budgetView(workspaceId, b, now));
  },

  assistantUsage: async (
    _: unknown,
    args: { workspaceId: string; period: BudgetPeriod },
    ctx: LlmContext,
  ) => {
    const role = await requireWorkspaceRole(ctx, args.workspaceId, 'VIEWER');
    const workspaceId = args.workspaceId.toLowerCase();
    const { start } = periodBounds(args.period, ctx.deps.clock());
    const rows = await ctx.deps.db.usageRows(
      workspaceId,
      start,
      roleAtLeast(role, 'ADMIN') ? undefined : ctx.auth.requireUser(),
    );
    return {
      workspaceId,
      period: args.period,
      periodStart: start,
      total: toUsage(addUp(rows)),
      byUser: groupBy(rows, 'userId').map(({ value, usage }) => ({
        user: { __typename: 'User', id: value },
        usage,
      })),
      byModel: groupBy(rows, 'model').map(({ value, usage }) => ({ model: value, usage })),
    };
  },
};
