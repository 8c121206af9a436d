import { randomUUID } from 'node:crypto';
import {
  badUserInput,
  forbidden,
  notFound,
  roleAtLeast,
  uuidOrNotFound,
} from '@pyairtable/subgraph-kit';
import type { LlmContext } from '../deps.ts';
import { findOwnMessage, requireOwnConversation, requireWorkspaceRole } from '../domain/access.ts';
import { withSpending } from '../domain/budget-ledger.ts';
import type { BudgetPeriod } from '../domain/budget-periods.ts';
import { DEFAULT_TITLE, sendMessage, type SendMessageInput } from '../domain/send-message.ts';
import { budgetView } from './entities.ts';

const MAX_TITLE = 200;
const MAX_BUDGET_USD = 1_000_000;
const STOPPED = 'The answer was stopped.';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function checkTitle(title: string): string {
  const trimmed = title.trim();
  if (!trimmed) throw badUserInput('A title cannot be empty.', 'title');
  if (trimmed.length > MAX_TITLE)
    throw badUserInput(`A title can hold at most ${MAX_TITLE} characters.`, 'title');
  return trimmed;
}

/**
 * Stops an answer: here, keeping what was written; in another process, through its saved status
 * (that process notices between model calls).
 */
async function stopStreaming(ctx: LlmContext, messageId: string) {
  const here = ctx.deps.answers.stop(messageId, STOPPED);
  if (here) await here;
  else await ctx.deps.db.failMessage(messageId, STOPPED, ctx.deps.clock());
}

export const Mutation = {
  startConversation: async (
    _: unknown,
    args: { input: { workspaceId: string; title?: string | null } },
    ctx: LlmContext,
  ) => {
    const userId = ctx.auth.requireUser();
    await requireWorkspaceRole(ctx, args.input.workspaceId, 'VIEWER');
    return ctx.deps.db.insertConversation({
      id: randomUUID(),
      workspaceId: args.input.workspaceId.toLowerCase(),
      userId,
      title: args.input.title == null ? DEFAULT_TITLE : checkTitle(args.input.title),
    });
  },

  sendMessage: (_: unknown, args: { input: SendMessageInput }, ctx: LlmContext) =>
    sendMessage(ctx, args.input),

  stopAnswer: async (_: unknown, args: { messageId: string }, ctx: LlmContext) => {
    const message = await findOwnMessage(ctx, args.messageId);
    if (!message) throw notFound('Message', args.messageId);
    if (message.status !== 'STREAMING') return message;
    await stopStreaming(ctx, message.id);
    return ctx.deps.db.findMessage(message.id);
  },

  renameConversation: async (
    _: unknown,
    args: { input: { id: string; title: string } },
    ctx: LlmContext,
  ) => {
    const conversation = await requireOwnConversation(ctx, args.input.id);
    return ctx.deps.db.renameConversation(conversation.id, checkTitle(args.input.title));
  },

  deleteConversation: async (_: unknown, args: { id: string }, ctx: LlmContext) => {
    const conversation = await requireOwnConversation(ctx, args.id);
    const streaming = await ctx.deps.db.findStreamingMessage(conversation.id);
    if (streaming) await stopStreaming(ctx, streaming.id);
    await ctx.deps.db.deleteConversation(conversation.id);
    return true;
  },

  setAssistantBudget: async (
    _: unknown,
    args: {
      input: {
        workspaceId: string;
        userId?: string | null;
        period: BudgetPeriod;
        limitUsd: number;
      };
    },
    ctx: LlmContext,
  ) => {
    const { input } = args;
    await requireWorkspaceRole(ctx, input.workspaceId, 'ADMIN');
    const workspaceId = input.workspaceId.toLowerCase();
    if (!Number.isFinite(input.limitUsd) || input.limitUsd < 0 || input.limitUsd > MAX_BUDGET_USD)
      throw badUserInput(`A budget is between $0 and $${MAX_BUDGET_USD}.`, 'limitUsd');
    let userId: string | null = null;
    if (input.userId != null) {
      const role = UUID.test(input.userId)
        ? await ctx.deps.memberships.roleOf(input.userId.toLowerCase(), workspaceId, ctx.requestId)
        : null;
      if (!role) throw badUserInput('That user is not a member of this workspace.', 'userId');
      userId = input.userId.toLowerCase();
    }
    const budget = await ctx.deps.db.upsertBudget({
      workspaceId,
      userId,
      period: input.period,
      limitUsd: Math.round(input.limitUsd * 1e8) / 1e8,
      updatedById: ctx.auth.requireUser(),
    });
    const [spend] = await withSpending(ctx.deps, [budget]);
    return budgetView(workspaceId, spend!, ctx.deps.clock());
  },

  removeAssistantBudget: async (_: unknown, args: { id: string }, ctx: LlmContext) => {
    const userId = ctx.auth.requireUser();
    const budget = await ctx.deps.db.findBudget(uuidOrNotFound(args.id, 'Budget'));
    const role = budget
      ? await ctx.deps.memberships.roleOf(userId, budget.workspaceId, ctx.requestId)
      : null;
    if (!budget || !role) throw notFound('Budget', args.id);
    if (!roleAtLeast(role, 'ADMIN'))
      throw forbidden('Only workspace admins can change assistant budgets.');
    await ctx.deps.db.deleteBudget(budget.id);
    return true;
  },
};
