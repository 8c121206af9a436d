import { Tiktoken } from 'js-tiktoken/lite';
import o200kBase from 'js-tiktoken/ranks/o200k_base';

// o200k_base is the encoding of OpenAI's current models (gpt-4o, gpt-4.1, o-series, gpt-5): exact
// for those, a close estimate for other OpenAI-compatible models. Building it takes ~1 s, once.
let encoder: Tiktoken | undefined;
const encode = (text: string) => (encoder ??= new Tiktoken(o200kBase)).encode(text, [], []);

/** Tokens of a text (special-token strings count as plain text). */
export function countTokens(text: string): number {
  return text.length === 0 ? 0 : encode(text).length;
}

/** The text cut to at most `maxTokens` tokens, and whether it was cut. */
export function truncateToTokens(text: string, maxTokens: number): { text: string; cut: boolean } {
  const tokens = encode(text);
  if (tokens.length <= maxTokens) return { text, cut: false };
  return { text: encoder!.decode(tokens.slice(0, maxTokens)), cut: true };
}

/** A message of the Chat Completions transcript, as far as counting is concerned. */
export interface CountableMessage {
  role: string;
  content?: string | null;
  tool_calls?: readonly { function: { name: string; arguments: string } }[];
}

// OpenAI's accounting for chat formatting: a few tokens per message, and 3 that prime the reply.
const PER_MESSAGE = 3;
export const REPLY_PRIMING_TOKENS = 3;

/** Tokens a message takes in the prompt. */
export function countMessageTokens(message: CountableMessage): number {
  let tokens = PER_MESSAGE + countTokens(message.role) + countTokens(message.content ?? '');
  for (const call of message.tool_calls ?? [])
    tokens += PER_MESSAGE + countTokens(call.function.name) + countTokens(call.function.arguments);
  return tokens;
}

/** Tokens the tool definitions take: estimated from their JSON (providers render them their own way). */
export function countToolTokens(tools: readonly unknown[]): number {
  return tools.length === 0 ? 0 : countTokens(JSON.stringify(tools));
}
