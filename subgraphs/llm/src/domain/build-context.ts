import type {
  ChatCompletionFunctionTool,
  ChatCompletionMessageParam,
} from 'openai/resources/chat/completions';
import type { MessageWithToolCalls } from '../db.ts';
import {
  countMessageTokens,
  countToolTokens,
  REPLY_PRIMING_TOKENS,
  type CountableMessage,
} from './count-tokens.ts';
import { trimToWindow, type ContextUnit } from './trim-context.ts';

/** One model call of an answer: its text and the tools it called, with what they returned. */
export interface AnswerStep {
  text: string;
  toolCalls: { id: string; name: string; arguments: string; output: string }[];
}

/** The instructions and the workspace's schema, first in every prompt. */
export function systemPrompt(options: { schemaSummary: string; now: Date; email: string | null }) {
  return [
    "You are the assistant of PyAirtable, a platform over a team's Airtable bases. You answer",
    "questions about the workspace's data by calling tools: GraphQL operations that run as the",
    `person asking${options.email ? ` (${options.email})` : ''}, with their permissions.`,
    `Today is ${options.now.toISOString().slice(0, 10)} (UTC).`,
    '',
    'Rules:',
    '- Answer from tool results only; never invent records or figures. Say when nothing matches.',
    '- Filter in the tool (filterByFormula, in Airtable formula syntax; fields) rather than reading',
    '  whole tables. Field names in formulas go in braces: {Close Date}.',
    '- Change data (create, update, delete) only when the person asked for that change. When a',
    '  write returns a preview instead, show it and call again with confirm: true only once the',
    '  person agreed.',
    '- Keep answers short; list records with the fields that matter to the question.',
    '',
    options.schemaSummary,
  ].join('\n');
}

/** The transcript messages of an answer's steps (each tool call followed by its result). */
export function stepMessages(steps: readonly AnswerStep[]): ChatCompletionMessageParam[] {
  return steps.flatMap((step): ChatCompletionMessageParam[] => {
    if (step.toolCalls.length === 0) {
      return step.text ? [{ role: 'assistant', content: step.text }] : [];
    }
    return [
      {
        role: 'assistant',
        content: step.text || null,
        tool_calls: step.toolCalls.map((call) => ({
          id: call.id,
          type: 'function',
          function: { name: call.name, arguments: call.arguments },
        })),
      },
      ...step.toolCalls.map((call): ChatCompletionMessageParam => ({
        role: 'tool',
        tool_call_id: call.id,
        content: call.output,
      })),
    ];
  });
}

/**
 * A stored answer as steps, up to the first step with a tool call that never finished (an
 * interrupted answer), so the transcript never holds a call without its result.
 */
export function storedSteps(message: MessageWithToolCalls): AnswerStep[] {
  const steps: AnswerStep[] = [];
  const count = Math.max(
    message.stepTexts.length,
    ...message.toolCalls.map((call) => call.step + 1),
  );
  for (let i = 0; i < count; i++) {
    const calls = message.toolCalls.filter((call) => call.step === i);
    if (calls.some((call) => call.output === null)) break;
    steps.push({
      text: message.stepTexts[i] ?? '',
      toolCalls: calls.map((call) => ({
        id: call.callId,
        name: call.name,
        arguments: call.arguments,
        output: call.output!,
      })),
    });
  }
  return steps;
}

function unit(
  messages: ChatCompletionMessageParam[],
  pinned = false,
): ContextUnit<ChatCompletionMessageParam> {
  const tokens = messages.reduce(
    (sum, m) => sum + countMessageTokens(m as unknown as CountableMessage),
    0,
  );
  return { messages, tokens, pinned };
}

/** Past turns: each question with the answer that followed it. */
export function historyUnits(messages: readonly MessageWithToolCalls[]) {
  const turns: ChatCompletionMessageParam[][] = [];
  for (const message of messages) {
    if (message.role === 'USER') turns.push([{ role: 'user', content: message.content }]);
    else if (turns.length > 0) turns[turns.length - 1]!.push(...stepMessages(storedSteps(message)));
  }
  return turns.map((turn) => unit(turn));
}

export interface BuiltContext {
  messages: ChatCompletionMessageParam[];
  promptTokens: number;
  /** Past turns and steps left out to fit the window. */
  dropped: number;
}

/**
 * The prompt for the next model call: the system prompt, past turns, the question and the steps
 * of the answer so far, trimmed oldest first to the model's window (minus room for the answer);
 * null when the system prompt, the question and the latest step alone do not fit.
 */
export function buildContext(options: {
  system: string;
  history: readonly ContextUnit<ChatCompletionMessageParam>[];
  question: string;
  steps: readonly AnswerStep[];
  tools: readonly ChatCompletionFunctionTool[];
  contextTokens: number;
  maxOutputTokens: number;
}): BuiltContext | null {
  const system: ChatCompletionMessageParam = { role: 'system', content: options.system };
  const fixed =
    countMessageTokens(system as CountableMessage) +
    countToolTokens(options.tools) +
    REPLY_PRIMING_TOKENS;
  const stepUnits = options.steps.map((step, i) =>
    unit(stepMessages([step]), i === options.steps.length - 1),
  );
  const units = [
    ...options.history,
    unit([{ role: 'user', content: options.question }], true),
    ...stepUnits,
  ];
  const trimmed = trimToWindow(units, options.contextTokens - options.maxOutputTokens - fixed);
  if (!trimmed) return null;
  return {
    messages: [system, ...trimmed.messages],
    promptTokens: fixed + trimmed.tokens,
    dropped: trimmed.dropped,
  };
}
