import { randomUUID } from 'node:crypto';
import { startAirtableSubgraph, type Person } from '@pyairtable/airtable/testing';
import { createMemoryEventBus } from '@pyairtable/events';
import { createGateway, loadGatewayConfig } from '@pyairtable/gateway';
import { createLogger, signAccessToken } from '@pyairtable/subgraph-kit';
import {
  connectGraphqlWs,
  createTestDatabase,
  postGraphQL,
  type Stream,
  startOpenAiTestServer,
  TEST_JWT_SECRET,
  testEnv,
} from '@pyairtable/testing';
import type { Client } from 'graphql-ws';
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
      // People's tokens are minted here, not signed in through identity.
      SESSION_CHECK: 'off',
      SUBGRAPH_WORKSPACES_URL: new URL('/graphql', airtable.workspacesUrl).toString(),
      SUBGRAPH_AIRTABLE_URL: airtable.url,
      SUBGRAPH_LLM_URL: llmServer.url,
      SUBGRAPH_NOTIFICATIONS_URL: CLOSED_PORT_URL,
      SUBGRAPH_WEBHOOKS_URL: CLOSED_PORT_URL,
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
  /** A graphql-ws client of the gateway signed in as `person` (it follows subscription acknowledgements). */
  const connect = async (person: Person): Promise<Client> =>
    connectGraphqlWs(gateway.url, await bearer(person));

  return { ...airtable, gatewayUrl: gateway.url, openai, events, llm: llm.deps, as, connect };
}

export type Assistant = Awaited<ReturnType<typeof startAssistant>>;

export { collect, nextMatching } from '@pyairtable/testing';

/** The conversation updates a stream has heard. */
export const updatesOf = (stream: Stream) =>
  stream.results.map((r) => r.data?.conversationUpdated).filter(Boolean) as any[];

/** The tool messages of a request to the model, parsed. */
export const toolResults = (request: {
  body: { messages: { role: string; content?: unknown }[] };
}) =>
  request.body.messages
    .filter((m) => m.role === 'tool')
    .map((m) => JSON.parse(String(m.content)) as Record<string, any>);
