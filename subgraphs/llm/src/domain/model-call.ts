import OpenAI, {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
} from 'openai';
import type {
  ChatCompletionFunctionTool,
  ChatCompletionMessageParam,
} from 'openai/resources/chat/completions';
import type { LlmConfig } from '../config.ts';

export interface ModelToolCall {
  id: string;
  name: string;
  /** JSON text as the model wrote it (possibly invalid). */
  arguments: string;
}

export interface ModelCallResult {
  text: string;
  toolCalls: ModelToolCall[];
  finishReason: string | null;
  /** As the endpoint reported it; null when it did not (some compatible servers omit it). */
  usage: { promptTokens: number; completionTokens: number; cachedPromptTokens: number } | null;
  /** True once any chunk arrived (the endpoint accepted and billed the request). */
  started: boolean;
}

/** A model call that failed, with a message fit for the person asking. */
export class ModelCallError extends Error {
  constructor(
    message: string,
    readonly partial: Pick<ModelCallResult, 'text' | 'started'>,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The SDK client for the configured endpoint; null when OPENAI_API_KEY is unset. */
export function createOpenAiClient(config: LlmConfig): OpenAI | null {
  if (!config.OPENAI_API_KEY) return null;
  return new OpenAI({
    apiKey: config.OPENAI_API_KEY,
    baseURL: config.OPENAI_BASE_URL ?? null,
    // The SDK retries 408/409/429/5xx and lost connections with back-off, honouring Retry-After.
    maxRetries: config.LLM_MAX_RETRIES,
    timeout: config.LLM_TIMEOUT_MS,
  });
}

function describeFailure(error: unknown, config: LlmConfig): string {
  const count = config.LLM_MAX_RETRIES + 1;
  const attempts = `${count} attempt${count === 1 ? '' : 's'}`;
  if (error instanceof APIUserAbortError) return 'The answer was stopped.';
  if (error instanceof APIConnectionTimeoutError)
    return `The model endpoint did not answer within ${config.LLM_TIMEOUT_MS / 1000} s (${attempts}).`;
  if (error instanceof APIConnectionError)
    return `The model endpoint could not be reached (${attempts}).`;
  if (error instanceof APIError) {
    const detail =
      error.error && 'message' in error.error ? `: ${String(error.error.message)}` : '';
    if (error.status === 401 || error.status === 403)
      return `The model endpoint refused the configured API key (${error.status})${detail}.`;
    if (error.status === 429)
      return `The model endpoint is rate limiting the platform (429 after ${attempts}). Try again shortly.`;
    if (error.status !== undefined && error.status >= 500)
      return `The model endpoint failed (${error.status} after ${attempts}).`;
    return `The model endpoint refused the request (${error.status ?? 'error'})${detail}.`;
  }
  return `The model's answer broke off: ${(error as Error).message}`;
}

/**
 * One streamed Chat Completions call: text deltas go to `onText` as they arrive; tool calls are
 * assembled from their fragments. A stream that goes silent for LLM_TIMEOUT_MS is abandoned.
 */
export async function callModel(
  client: OpenAI,
  config: LlmConfig,
  request: {
    messages: ChatCompletionMessageParam[];
    tools: ChatCompletionFunctionTool[];
    toolChoice: 'auto' | 'none';
  },
  onText: (delta: string) => void,
  signal: AbortSignal,
): Promise<ModelCallResult> {
  const result: ModelCallResult = {
    text: '',
    toolCalls: [],
    finishReason: null,
    usage: null,
    started: false,
  };
  const byIndex = new Map<number, ModelToolCall>();
  const idle = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => idle.abort(), config.LLM_TIMEOUT_MS);
  };
  try {
    // Until the response starts, the SDK's per-attempt timeout and retries apply; then silence.
    const stream = await client.chat.completions.create(
      {
        model: config.LLM_MODEL,
        messages: request.messages,
        stream: true,
        stream_options: { include_usage: true },
        max_completion_tokens: config.LLM_MAX_OUTPUT_TOKENS,
        ...(request.tools.length > 0
          ? { tools: request.tools, tool_choice: request.toolChoice }
          : {}),
      },
      { signal: AbortSignal.any([signal, idle.signal]) },
    );
    arm();
    for await (const chunk of stream) {
      arm();
      result.started = true;
      if (chunk.usage) {
        result.usage = {
          promptTokens: chunk.usage.prompt_tokens,
          completionTokens: chunk.usage.completion_tokens,
          cachedPromptTokens: chunk.usage.prompt_tokens_details?.cached_tokens ?? 0,
        };
      }
      const choice = chunk.choices[0];
      if (!choice) continue;
      if (choice.finish_reason) result.finishReason = choice.finish_reason;
      const text = choice.delta?.content;
      if (text) {
        result.text += text;
        onText(text);
      }
      for (const fragment of choice.delta?.tool_calls ?? []) {
        const call = byIndex.get(fragment.index) ?? { id: '', name: '', arguments: '' };
        if (fragment.id) call.id = fragment.id;
        if (fragment.function?.name) call.name += fragment.function.name;
        if (fragment.function?.arguments) call.arguments += fragment.function.arguments;
        byIndex.set(fragment.index, call);
      }
    }
    // An aborted stream just ends: without this, a cut answer would pass for a whole one.
    if (signal.aborted || idle.signal.aborted) throw new APIUserAbortError();
  } catch (error) {
    const message =
      idle.signal.aborted && !signal.aborted
        ? `The model endpoint went silent for ${config.LLM_TIMEOUT_MS / 1000} s.`
        : describeFailure(error, config);
    throw new ModelCallError(message, result, { cause: error });
  } finally {
    clearTimeout(timer);
  }
  result.toolCalls = [...byIndex.entries()]
    .sort(([a], [b]) => a - b)
    .map(([index, call]) => ({ ...call, id: call.id || `call_${index}` }));
  return result;
}
