import { createGatewayExecutor } from '@pyairtable/subgraph-kit';
import type { Caller, Logger } from '@pyairtable/subgraph-kit';
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import type { LlmDeps } from '../deps.ts';
import { budgetsFor, reserveCall, settleCall, type CallScope } from './budget-ledger.ts';
import { announceBudgetReached } from './announce-budget.ts';
import { budgetStatus, budgetWarnings } from './budgets.ts';
import { buildContext, type AnswerStep, type BuiltContext } from './build-context.ts';
import type { UpdatePublisher, UsageFields } from './conversation-updates.ts';
import { countTokens } from './count-tokens.ts';
import { runToolCall, toFunctionTools } from './graph-tool-calls.ts';
import { callModel, ModelCallError, type ModelCallResult } from './model-call.ts';
import type { ContextUnit } from './trim-context.ts';

export interface AnswerJob {
  caller: Caller;
  scope: CallScope;
  log: Logger;
  updates: UpdatePublisher;
  system: string;
  history: ContextUnit<ChatCompletionMessageParam>[];
  question: string;
  /** The first call, already budgeted by sendMessage. */
  first: { reservationId: string; context: BuiltContext };
}

const STOPPED = 'The answer was stopped.';

const reasonOf = (signal: AbortSignal) =>
  signal.reason instanceof Error ? signal.reason.message : STOPPED;

/** The tokens of a call the endpoint did not report: counted ourselves. */
function countedUsage(
  context: BuiltContext,
  result: Pick<ModelCallResult, 'text'> & { toolCalls?: ModelCallResult['toolCalls'] },
) {
  const completion =
    countTokens(result.text) +
    (result.toolCalls ?? []).reduce(
      (n, c) => n + countTokens(c.name) + countTokens(c.arguments),
      0,
    );
  return { promptTokens: context.promptTokens, completionTokens: completion };
}

/**
 * Writes an answer: calls the model with the conversation and the graph tools, runs the tools it
 * asks for through the gateway as the person, feeds their results (or errors) back, and repeats
 * until the model answers — at most LLM_MAX_TOOL_ROUNDS rounds with tools, then one without.
 * Every call is budgeted first; everything streams as conversation updates. Never rejects.
 */
export async function writeAnswer(deps: LlmDeps, job: AnswerJob, signal: AbortSignal) {
  const { config, db } = deps;
  const { scope, updates, log } = job;
  const openai = deps.openai!;
  const tools = toFunctionTools(deps.tools);
  const execute = createGatewayExecutor({
    gatewayUrl: deps.gatewayUrl,
    signingSecret: config.GATEWAY_SIGNING_SECRET,
    caller: job.caller,
    timeoutMs: config.LLM_TIMEOUT_MS,
    // The assistant's tool calls are audited as such.
    auditPath: 'assistant',
  });
  const steps: AnswerStep[] = [];
  const usage: UsageFields = {
    promptTokens: 0,
    completionTokens: 0,
    totalTokens: 0,
    costUsd: 0,
    modelCalls: 0,
  };
  const warnings = new Map<string, string>();
  const content = () =>
    steps
      .map((s) => s.text)
      .filter(Boolean)
      .join('\n\n');

  async function finish(status: 'COMPLETED' | 'FAILED', error?: string) {
    await db.finishMessage(scope.messageId, {
      status,
      content: content(),
      stepTexts: steps.map((s) => s.text),
      warnings: [...warnings.values()],
      ...(error ? { error } : {}),
      completedAt: deps.clock(),
    });
    updates.publish(
      status === 'COMPLETED'
        ? { kind: 'MESSAGE_COMPLETED', usage: { ...usage } }
        : { kind: 'FAILED', error: error ?? STOPPED },
    );
    await updates.flush();
  }

  async function settle(
    reservationId: string,
    status: 'COMPLETED' | 'FAILED',
    tokens: { promptTokens: number; completionTokens: number; cachedPromptTokens?: number },
  ) {
    const spent = await settleCall(deps, scope, reservationId, status, tokens);
    usage.promptTokens += spent.promptTokens;
    usage.completionTokens += spent.completionTokens;
    usage.totalTokens += spent.promptTokens + spent.completionTokens;
    usage.costUsd = Math.round((usage.costUsd + spent.costUsd) * 1e8) / 1e8;
    usage.modelCalls += 1;
  }

  async function warnAboutBudgets() {
    const budgets = await budgetsFor(deps, scope.workspaceId, scope.userId);
    for (const budget of budgets) {
      if (budgetStatus(budget) === 'OK' || warnings.has(budget.id)) continue;
      const [warning] = budgetWarnings([budget]);
      if (!warning) continue;
      warnings.set(budget.id, warning);
      updates.publish({ kind: 'BUDGET_WARNING', warning });
      await announceBudgetReached(deps, scope, budget);
    }
  }

  let next: AnswerJob['first'] | null = job.first;
  try {
    for (let round = 0; ; round++) {
      if (signal.aborted) return await finish('FAILED', reasonOf(signal));
      if (!next) {
        const context = buildContext({
          system: job.system,
          history: job.history,
          question: job.question,
          steps,
          tools,
          contextTokens: config.LLM_CONTEXT_TOKENS,
          maxOutputTokens: config.LLM_MAX_OUTPUT_TOKENS,
        });
        if (!context) {
          return await finish(
            'FAILED',
            `The tool results no longer fit the model's context window (${config.LLM_CONTEXT_TOKENS} tokens). Ask a narrower question.`,
          );
        }
        const reservation = await reserveCall(deps, scope, context.promptTokens);
        if (!reservation.ok) return await finish('FAILED', reservation.message);
        next = { reservationId: reservation.id, context };
      }
      const { reservationId, context } = next;
      next = null;
      const toolChoice = round < config.LLM_MAX_TOOL_ROUNDS ? 'auto' : 'none';
      const step: AnswerStep = { text: '', toolCalls: [] };
      let result: ModelCallResult;
      try {
        result = await callModel(
          openai,
          config,
          { messages: context.messages, tools, toolChoice },
          (delta) => {
            const separated = step.text === '' && content() !== '' ? `\n\n${delta}` : delta;
            step.text += delta;
            updates.publish({ kind: 'TOKEN', delta: separated });
          },
          signal,
        );
      } catch (error) {
        if (!(error instanceof ModelCallError)) throw error;
        steps.push(step);
        await settle(
          reservationId,
          'FAILED',
          error.partial.started
            ? countedUsage(context, error.partial)
            : { promptTokens: 0, completionTokens: 0 },
        );
        return await finish('FAILED', signal.aborted ? reasonOf(signal) : error.message);
      }
      step.text = result.text;
      steps.push(step);
      await settle(reservationId, 'COMPLETED', result.usage ?? countedUsage(context, result));
      await warnAboutBudgets();

      if (result.toolCalls.length === 0) return await finish('COMPLETED');
      if (toolChoice === 'none') {
        return await finish(
          'FAILED',
          `The assistant was still calling tools after ${config.LLM_MAX_TOOL_ROUNDS} rounds. Ask a narrower question.`,
        );
      }
      for (const [position, call] of result.toolCalls.entries()) {
        if (signal.aborted) return await finish('FAILED', reasonOf(signal));
        const row = await db.insertToolCall({
          messageId: scope.messageId,
          step: round,
          position,
          callId: call.id,
          name: call.name,
          arguments: call.arguments,
          startedAt: deps.clock(),
        });
        const progress = { id: row.id, name: call.name, arguments: call.arguments };
        updates.publish({
          kind: 'TOOL_CALL_STARTED',
          toolCall: { ...progress, status: 'RUNNING' },
        });
        const outcome = await runToolCall(
          deps.tools,
          call,
          execute,
          config.LLM_TOOL_RESULT_MAX_TOKENS,
        );
        await db.finishToolCall(row.id, {
          status: outcome.ok ? 'SUCCEEDED' : 'FAILED',
          ...(outcome.data ? { result: outcome.data as object } : {}),
          ...(outcome.error ? { error: outcome.error, errorCode: outcome.errorCode } : {}),
          summary: outcome.summary,
          ...(outcome.recordCount !== null ? { recordCount: outcome.recordCount } : {}),
          output: outcome.output,
          finishedAt: deps.clock(),
        });
        log.info(
          { messageId: scope.messageId, tool: call.name, ok: outcome.ok, code: outcome.errorCode },
          'assistant tool call',
        );
        updates.publish({
          kind: 'TOOL_CALL_FINISHED',
          toolCall: {
            ...progress,
            status: outcome.ok ? 'SUCCEEDED' : 'FAILED',
            summary: outcome.summary,
            recordCount: outcome.recordCount,
            error: outcome.error ?? null,
          },
        });
        step.toolCalls.push({ ...call, output: outcome.output });
      }
      const stillStreaming = await db.saveProgress(scope.messageId, {
        content: content(),
        stepTexts: steps.map((s) => s.text),
      });
      // Stopped meanwhile, possibly through another replica.
      if (!stillStreaming) return await finish('FAILED', STOPPED);
    }
  } catch (error) {
    log.error({ err: error, messageId: scope.messageId }, 'assistant answer failed');
    await finish('FAILED', `Unexpected error. Request id: ${job.caller.requestId}`).catch(
      (failure: unknown) => log.error({ err: failure }, 'could not record the failed answer'),
    );
  }
}
