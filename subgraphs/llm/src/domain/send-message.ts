import { createGatewayExecutor } from '@pyairtable/subgraph-kit';
import { randomUUID } from 'node:crypto';
import { badUserInput, conflict, rateLimited, upstreamUnavailable } from '@pyairtable/subgraph-kit';
import type { LlmContext } from '../deps.ts';
import { requireOwnConversation, requireWorkspaceRole } from './access.ts';
import { reserveCall } from './budget-ledger.ts';
import { buildContext, historyUnits, systemPrompt } from './build-context.ts';
import { createUpdatePublisher } from './conversation-updates.ts';
import { toFunctionTools } from './graph-tool-calls.ts';
import { readSchemaSummary } from './schema-summary.ts';
import { writeAnswer } from './write-answer.ts';

export const NOT_CONFIGURED =
  'The assistant is not configured: set OPENAI_API_KEY (and OPENAI_BASE_URL and LLM_MODEL for an OpenAI-compatible endpoint) on the llm service.';

const MAX_MESSAGE_CHARS = 16_000;
/** The title of a conversation started without one, until its first question names it. */
export const DEFAULT_TITLE = 'New conversation';
/** Past messages read for the prompt (then trimmed by tokens). */
const HISTORY_MESSAGES = 200;
/** An answer not saved for this long lost its process. */
export const STALE_ANSWER_MS = 10 * 60_000;

export interface SendMessageInput {
  conversationId?: string | null;
  workspaceId: string;
  content: string;
  waitForAnswer?: boolean | null;
}

/** A conversation's title from its first question. */
export function titleFrom(content: string): string {
  const line = content.split('\n')[0]!.trim();
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}

/**
 * Stores the question and starts the answer (see writeAnswer). Refuses before storing anything
 * when the assistant is not configured, the caller is not a member, or the first model call would
 * exceed a budget.
 */
export async function sendMessage(ctx: LlmContext, input: SendMessageInput) {
  const { deps } = ctx;
  const userId = ctx.auth.requireUser();
  await requireWorkspaceRole(ctx, input.workspaceId, 'VIEWER');
  if (!deps.openai) throw upstreamUnavailable(NOT_CONFIGURED);
  const question = input.content.trim();
  if (!question) throw badUserInput('Write a message for the assistant.', 'content');
  if (question.length > MAX_MESSAGE_CHARS)
    throw badUserInput(`A message can hold at most ${MAX_MESSAGE_CHARS} characters.`, 'content');

  const existing = input.conversationId
    ? await requireOwnConversation(ctx, input.conversationId)
    : null;
  if (existing && existing.workspaceId !== input.workspaceId.toLowerCase())
    throw badUserInput('The conversation belongs to another workspace.', 'conversationId');
  if (existing) {
    const streaming = await deps.db.findStreamingMessage(existing.id);
    const staleBefore = new Date(deps.clock().getTime() - STALE_ANSWER_MS);
    if (streaming && streaming.updatedAt >= staleBefore)
      throw conflict('The assistant is still answering the previous message of this conversation.');
    if (streaming)
      await deps.db.failMessage(streaming.id, 'The answer was interrupted.', deps.clock());
  }

  const execute = createGatewayExecutor({
    gatewayUrl: deps.gatewayUrl,
    signingSecret: deps.config.GATEWAY_SIGNING_SECRET,
    caller: ctx.caller,
    timeoutMs: deps.config.LLM_TIMEOUT_MS,
  });
  const system = systemPrompt({
    schemaSummary: await readSchemaSummary(execute, input.workspaceId),
    now: deps.clock(),
    email: ctx.caller.email,
  });
  const history = existing
    ? historyUnits(await deps.db.listMessages(existing.id, HISTORY_MESSAGES))
    : [];
  const context = buildContext({
    system,
    history,
    question,
    steps: [],
    tools: toFunctionTools(deps.tools),
    contextTokens: deps.config.LLM_CONTEXT_TOKENS,
    maxOutputTokens: deps.config.LLM_MAX_OUTPUT_TOKENS,
  });
  if (!context) {
    throw badUserInput(
      `The message does not fit the model's context window (${deps.config.LLM_CONTEXT_TOKENS} tokens).`,
      'content',
    );
  }

  const scope = {
    workspaceId: input.workspaceId.toLowerCase(),
    userId,
    conversationId: existing?.id ?? randomUUID(),
    messageId: randomUUID(),
  };
  const reservation = await reserveCall(deps, scope, context.promptTokens);
  if (!reservation.ok) throw rateLimited(reservation.retryAfterSeconds, reservation.message);

  let exchange;
  try {
    // A conversation started without a title is named after its first question.
    if (existing && history.length === 0 && existing.title === DEFAULT_TITLE)
      await deps.db.renameConversation(existing.id, titleFrom(question));
    if (!existing) {
      await deps.db.insertConversation({
        id: scope.conversationId,
        workspaceId: scope.workspaceId,
        userId,
        title: titleFrom(question),
      });
    }
    const now = deps.clock();
    exchange = await deps.db.insertExchange({
      conversationId: scope.conversationId,
      question: { id: randomUUID(), content: question, createdAt: now },
      // A millisecond later, so the answer always sorts after its question.
      answer: {
        id: scope.messageId,
        model: deps.config.LLM_MODEL,
        createdAt: new Date(now.getTime() + 1),
      },
    });
  } finally {
    if (!exchange) {
      await deps.db.settleModelCall(reservation.id, {
        status: 'FAILED',
        promptTokens: 0,
        completionTokens: 0,
        costUsd: 0,
      });
    }
  }
  if (!exchange)
    throw conflict('The assistant is still answering the previous message of this conversation.');

  const updates = createUpdatePublisher({
    events: deps.events,
    logger: ctx.log,
    clock: deps.clock,
    ...scope,
  });
  updates.publish({ kind: 'MESSAGE_STARTED' });
  const done = deps.answers.start(scope.messageId, (signal) =>
    writeAnswer(
      deps,
      {
        caller: ctx.caller,
        scope,
        log: ctx.log,
        updates,
        system,
        history,
        question,
        first: { reservationId: reservation.id, context },
      },
      signal,
    ),
  );
  if (input.waitForAnswer) await done;
  return {
    conversation: exchange.conversation,
    userMessage: exchange.question,
    assistantMessage: input.waitForAnswer
      ? ((await deps.db.findMessage(scope.messageId)) ?? exchange.answer)
      : exchange.answer,
  };
}
