import { createEvent, createMemoryEventBus } from '@pyairtable/events';
import { startOpenAiTestServer } from '@pyairtable/testing';
import { createClient, type Client } from 'graphql-ws';
import { onTestFinished } from 'vitest';
import WebSocket from 'ws';
import { startAirtableStack } from './airtable-stack.ts';
import { signUp } from './stack.ts';

export const TEST_MODEL = 'test-model';
export const OPENAI_KEY = 'sk-test-assistant-key';

/**
 * The airtable stack (demo CRM synced) with the assistant pointed at an OpenAI-compatible test
 * server. Prices make costs easy to check: prompts are free, each completion token costs $0.01,
 * so a call's worst case (LLM_MAX_OUTPUT_TOKENS = 100) is exactly $1.
 */
export async function startAssistantStack(options: {
  onClose: (close: () => Promise<void>) => void;
  llmEnv?: Record<string, string>;
}) {
  const openai = await startOpenAiTestServer({ apiKey: OPENAI_KEY });
  options.onClose(() => openai.close());
  const s = await startAirtableStack({
    onClose: options.onClose,
    llmEnv: {
      OPENAI_API_KEY: OPENAI_KEY,
      OPENAI_BASE_URL: openai.url,
      LLM_MODEL: TEST_MODEL,
      LLM_PRICES: JSON.stringify({ [TEST_MODEL]: { input: 0, output: 10_000 } }),
      LLM_MAX_OUTPUT_TOKENS: '100',
      LLM_MAX_TOOL_ROUNDS: '2',
      LLM_MAX_RETRIES: '2',
      LLM_TIMEOUT_MS: '10000',
      ...options.llmEnv,
    },
  });
  // Subscriptions are probed with events of sequence 0 on the same (in-process) event bus.
  const probes = createMemoryEventBus();
  options.onClose(() => probes.close());
  return { ...s, openai, probes };
}

export type AssistantStack = Awaited<ReturnType<typeof startAssistantStack>>;

export function connect(url: string, bearer: string): Client {
  const client = createClient({
    url: url.replace('http', 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${bearer}` },
    retryAttempts: 0,
    lazy: true,
  });
  onTestFinished(() => client.dispose());
  return client;
}

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
  s: AssistantStack,
  stream: Stream,
  ids: { conversationId: string; userId: string; workspaceId: string },
) {
  const heard = () => stream.results.some((r) => r.data?.conversationUpdated?.sequence === 0);
  for (let i = 0; i < 40 && !heard(); i++) {
    await s.probes.publish(
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

/** A second person who joined the owner's workspace with `role`. */
export async function addMember(s: AssistantStack, workspaceId: string, role: string) {
  const member = await signUp(s.stack, 'Member');
  const invite = await s.stack.execute(
    `mutation ($i: InviteMemberInput!) { inviteMember(input: $i) { token } }`,
    { i: { workspaceId, email: member.email, role } },
    s.owner.accessToken,
  );
  const accepted = await s.stack.execute(
    `mutation ($t: String!) { acceptInvitation(token: $t) { id } }`,
    { t: invite.data!.inviteMember.token },
    member.accessToken,
  );
  if (!accepted.data) throw new Error(JSON.stringify(accepted.errors));
  return member;
}

export const SEND = /* GraphQL */ `
  mutation ($i: SendMessageInput!) {
    sendMessage(input: $i) {
      conversation {
        id
        title
      }
      userMessage {
        id
        role
        content
      }
      assistantMessage {
        id
        role
        status
        content
        error
        warnings
        model
        usage {
          promptTokens
          completionTokens
          totalTokens
          costUsd
          modelCalls
        }
        toolCalls {
          id
          name
          arguments
          status
          result
          error
          errorCode
          summary
          recordCount
        }
      }
    }
  }
`;
