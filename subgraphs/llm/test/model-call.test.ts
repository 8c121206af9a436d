import { startOpenAiTestServer, testEnv } from '@pyairtable/testing';
import { describe, expect, it, onTestFinished } from 'vitest';
import { loadLlmConfig } from '../src/config.ts';
import { callModel, createOpenAiClient, ModelCallError } from '../src/domain/model-call.ts';

async function setup(env: Record<string, string> = {}) {
  const server = await startOpenAiTestServer({ apiKey: 'sk-unit' });
  onTestFinished(() => server.close());
  const config = loadLlmConfig({
    ...testEnv,
    DATABASE_URL: 'postgres://unused@127.0.0.1:1/llm',
    OPENAI_API_KEY: 'sk-unit',
    OPENAI_BASE_URL: server.url,
    LLM_MAX_RETRIES: '0',
    ...env,
  });
  const client = createOpenAiClient(config)!;
  const call = (onText: (delta: string) => void = () => undefined) =>
    callModel(
      client,
      config,
      { messages: [{ role: 'user', content: 'hi' }], tools: [], toolChoice: 'auto' },
      onText,
      new AbortController().signal,
    );
  return { server, config, call };
}

describe('a streamed model call', () => {
  it('assembles text and tool calls from one-character fragments, with the reported usage', async () => {
    const { server, call } = await setup();
    server.reply({
      text: 'Checking.',
      toolCalls: [
        { id: 'call_a', name: 'list_bases', arguments: {} },
        { id: 'call_b', name: 'list_records', arguments: { baseId: 'app1', tableId: 'Deals' } },
      ],
      chunkSize: 1,
      usage: { prompt_tokens: 42, completion_tokens: 7, cached_tokens: 40 },
    });
    const deltas: string[] = [];
    const result = await call((d) => deltas.push(d));
    expect(deltas).toEqual([...'Checking.']);
    expect(result).toEqual({
      text: 'Checking.',
      toolCalls: [
        { id: 'call_a', name: 'list_bases', arguments: '{}' },
        { id: 'call_b', name: 'list_records', arguments: '{"baseId":"app1","tableId":"Deals"}' },
      ],
      finishReason: 'tool_calls',
      usage: { promptTokens: 42, completionTokens: 7, cachedPromptTokens: 40 },
      started: true,
    });
  });

  it('reports no usage when the endpoint leaves it out', async () => {
    const { server, call } = await setup();
    server.reply({ text: 'Hi.', omitUsage: true });
    expect((await call()).usage).toBeNull();
  });

  it('gives up on a stream that goes silent', async () => {
    const { server, call } = await setup({ LLM_TIMEOUT_MS: '200' });
    server.reply({ text: 'Never finished', gate: new Promise(() => undefined) });
    const failure = await call().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ModelCallError);
    expect((failure as ModelCallError).message).toBe('The model endpoint went silent for 0.2 s.');
    expect((failure as ModelCallError).partial.started).toBe(true);
  });

  it('names a refused API key', async () => {
    const { server, call } = await setup({ OPENAI_API_KEY: 'sk-wrong' });
    const refused = (await call().catch((error: unknown) => error)) as Error;
    expect(refused.message).toBe(
      'The model endpoint refused the configured API key (401): Incorrect API key provided..',
    );
    expect(server.requests).toHaveLength(0);
  });

  it('says when the endpoint keeps rate limiting', async () => {
    const { server, call } = await setup();
    server.reply({ status: 429, headers: { 'retry-after-ms': '0' } });
    const limited = (await call().catch((error: unknown) => error)) as Error;
    expect(limited.message).toBe(
      'The model endpoint is rate limiting the platform (429 after 1 attempt). Try again shortly.',
    );
  });
});
