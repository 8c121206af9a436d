import { DateTime, JSONScalar } from '@pyairtable/subgraph-kit';
import type {
  Conversation as ConversationRow,
  MessageWithToolCalls,
  ToolCall as ToolCallRow,
  UsageTotals,
} from '../db.ts';
import type { LlmContext } from '../deps.ts';
import { budgetStatus, type BudgetSpend } from '../domain/budgets.ts';
import { periodBounds } from '../domain/budget-periods.ts';

export const scalars = { DateTime, JSON: JSONScalar };

const EMPTY_USAGE: UsageTotals = {
  promptTokens: 0,
  completionTokens: 0,
  costUsd: 0,
  modelCalls: 0,
};

/** The GraphQL Usage of ledger totals. */
export function toUsage(totals: UsageTotals | null | undefined) {
  const usage = totals ?? EMPTY_USAGE;
  return { ...usage, totalTokens: usage.promptTokens + usage.completionTokens };
}

const clamp = (value: number | null | undefined, min: number, max: number, fallback: number) =>
  Math.min(max, Math.max(min, value ?? fallback));

export const Conversation = {
  messages: (c: ConversationRow, args: { last?: number | null }, ctx: LlmContext) =>
    ctx.deps.db.listMessages(c.id, clamp(args.last, 1, 500, 100)),
  answering: async (c: ConversationRow, _: unknown, ctx: LlmContext) =>
    (await ctx.deps.db.findStreamingMessage(c.id)) !== null,
  usage: async (c: ConversationRow, _: unknown, ctx: LlmContext) =>
    toUsage(await ctx.loaders.conversationUsage.load(c.id)),
};

export const Message = {
  usage: async (m: MessageWithToolCalls, _: unknown, ctx: LlmContext) =>
    m.role === 'ASSISTANT' ? toUsage(await ctx.loaders.messageUsage.load(m.id)) : null,
};

export const ToolCall = {
  arguments: (call: ToolCallRow) => {
    try {
      return call.arguments.trim() === '' ? {} : (JSON.parse(call.arguments) as unknown);
    } catch {
      return null;
    }
  },
};

/** A budget as the AssistantBudget type shows it. */
export function budgetView(workspaceId: string, budget: BudgetSpend, now: Date) {
  const { start, end } = periodBounds(budget.period, now);
  return {
    ...budget,
    workspaceId,
    user: budget.userId ? { __typename: 'User', id: budget.userId } : null,
    status: budgetStatus(budget),
    periodStart: start,
    resetsAt: end,
  };
}
