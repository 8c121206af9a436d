import { randomUUID } from 'node:crypto';
import { startAirtableSubgraph, type Person } from '@pyairtable/airtable/testing';
import { createEvent, createMemoryEventBus } from '@pyairtable/events';
import { createGateway, loadGatewayConfig } from '@pyairtable/gateway';
import { createLogger, signAccessToken } from '@pyairtable/subgraph-kit';
import {
  createTestDatabase,
  postGraphQL,
  startOpenAiTestServer,
  TEST_JWT_SECRET,
  testEnv,
} from '@pyairtable/testing';
import { createClient, type Client } from 'graphql-ws';
import { onTestFinished } from 'vitest';
import WebSocket from 'ws';
import { loadLlmConfig } from '../src/config.ts';
import { createLlmDeps } from '../src/create-llm-deps.ts';
import { createLlmSubgraph } from '../src/subgraph.ts';

export const TEST_MODEL = 'test-model';
export const OPENAI_KEY = 'sk-test-assistant-key';

// Nothing listens here: the assistant's tests need no identity subgraph.
const CLOSED_PORT_URL = 'http://127.0.0.1:9/graphql';

/**
 * The assistant as people reach it: the llm subgraph (createLlmSubgraph on a free port) behind
 * the gateway, which its tools run through as the person asking, with the airtable subgraph
 * (the demo CRM synced) and an OpenAI-compatible test server. Prices make costs easy to check:
 * prompts are free, each completion token costs $0.01, so a call's worst case
 * (LLM_MAX_OUTPUT_TOKENS = 100) is exactly $1. Without `model`, OPENAI_API_KEY is unset.
 */
export async function startAssistant(options: {
  onClose: (close: () => Promise<void>) => void;
  model?: boolean;
  llmEnv?: Record<string, string>;
}) {
  const { onClose } = options;
  const airtable = await startAirtableSubgraph({ onClose });
  const openai = await startOpenAiTestServer({ apiKey: OPENAI_KEY });
  onClose(() => openai.close());
  // One in-process bus: the gateway streams what the assistant publishes.
  const events = createMemoryEventBus();
  onClose(() => events.close());

  let gatewayUrl = '';
  const config = loadLlmConfig({
    ...testEnv,
    DATABASE_URL: await createTestDatabase('llm'),
    WORKSPACES_URL: airtable.workspacesUrl,
    ...(options.model === false
      ? {}
      : {
          OPENAI_API_KEY: OPENAI_KEY,
          OPENAI_BASE_URL: openai.url,
          LLM_MODEL: TEST_MODEL,
          LLM_PRICES: JSON.stringify({ [TEST_MODEL]: { input: 0, output: 10_000 } }),
          LLM_MAX_OUTPUT_TOKENS: '100',
          LLM_MAX_TOOL_ROUNDS: '2',
          LLM_MAX_RETRIES: '2',
          LLM_TIMEOUT_MS: '10000',
        }),
    ...options.llmEnv,
  });
  const llm = await createLlmDeps(config, {
    events,
    gatewayUrl: () => gatewayUrl,
    logger: createLogger('llm', 'silent'),
  });
  const llmServer = await createLlmSubgraph(llm.deps).listen(0);
  onClose(async () => {
    await llmServer.close();
    await llm.close();
  });

  const gateway = await createGateway({
    config: loadGatewayConfig({
      ...testEnv,
      SUBGRAPH_IDENTITY_URL: CLOSED_PORT_URL,
      SUBGRAPH_WORKSPACES_URL: new URL('/graphql', airtable.workspacesUrl).toString(),
      SUBGRAPH_AIRTABLE_URL: airtable.url,
      SUBGRAPH_LLM_URL: llmServer.url,
    }),
    logger: createLogger('gateway', 'silent'),
    events,
  }).listen(0);
  onClose(() => gateway.close());
  gatewayUrl = gateway.url;

  /** An access token for `person`, as identity would issue one. */
  const bearer = async (person: Person) =>
    (
      await signAccessToken(
        TEST_JWT_SECRET,
        { userId: person.id, email: person.email, sessionId: randomUUID() },
        new Date(),
        900,
      )
    ).token;
  /** Runs an operation through the gateway as `person`. */
  const as =
    (person: Person) =>
    async <T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}) =>
      postGraphQL<T>(gateway.url, query, variables, {
        authorization: `Bearer ${await bearer(person)}`,
      });
  /** A graphql-ws client of the gateway signed in as `person`. */
  const connect = async (person: Person): Promise<Client> => {
    const token = await bearer(person);
    const client = createClient({
      url: gateway.url.replace('http', 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
      lazy: true,
    });
    onTestFinished(() => client.dispose());
    return client;
  };

  return { ...airtable, gatewayUrl: gateway.url, openai, events, llm: llm.deps, as, connect };
}

export type Assistant = Awaited<ReturnType<typeof startAssistant>>;

/** Subscribes and collects results; `next(n)` waits until n have arrived. */
export function collect(client: Client, query: string, variables: Record<string, unknown>) {
  const results: any[] = [];
  const errors: unknown[] = [];
  let waiting: { n: number; resolve: () => void } | undefined;
  const check = () => waiting && results.length + errors.length >= waiting.n && waiting.resolve();
  const dispose = client.subscribe(
    { query, variables },
    {
      next: (value) => (results.push(value), check()),
      error: (error) => (errors.push(error), check()),
      complete: () => undefined,
    },
  );
  onTestFinished(() => dispose());
  return {
    results,
    errors,
    next: (n: number) => new Promise<void>((resolve) => ((waiting = { n, resolve }), check())),
    /** Waits for a result matching `predicate`. */
    async until(predicate: (result: any) => boolean) {
      while (!results.some(predicate)) await this.next(results.length + errors.length + 1);
    },
  };
}

export type Stream = ReturnType<typeof collect>;

/**
 * Waits until a conversationUpdated subscription is registered (they register asynchronously),
 * by publishing probe updates (sequence 0) until one arrives.
 */
export async function waitUntilListening(
  s: Assistant,
  stream: Stream,
  ids: { conversationId: string; userId: string; workspaceId: string },
) {
  const heard = () => stream.results.some((r) => r.data?.conversationUpdated?.sequence === 0);
  for (let i = 0; i < 40 && !heard(); i++) {
    await s.events.publish(
      createEvent('conversation.updated', {
        ...ids,
        update: { conversationId: ids.conversationId, kind: 'TOKEN', sequence: 0, delta: '' },
      }),
    );
    await Promise.race([
      stream.next(stream.results.length + 1),
      new Promise((r) => setTimeout(r, 100)),
    ]);
  }
  if (!heard()) throw new Error('the subscription never registered');
}

/** The real updates of a stream (probes left out). */
export const updatesOf = (stream: Stream) =>
  stream.results
    .map((r) => r.data?.conversationUpdated)
    .filter((u) => u && u.sequence > 0) as any[];

/** The tool messages of a request to the model, parsed. */
export const toolResults = (request: {
  body: { messages: { role: string; content?: unknown }[] };
}) =>
  request.body.messages
    .filter((m) => m.role === 'tool')
    .map((m) => JSON.parse(String(m.content)) as Record<string, any>);
