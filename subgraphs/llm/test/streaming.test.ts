import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import {
  type Assistant,
  collect,
  nextMatching,
  startAssistant,
  TEST_MODEL,
  updatesOf,
} from './harness.ts';
import { SEND, UPDATES } from './operations.ts';

const closers: (() => Promise<void>)[] = [];
let s: Assistant;

beforeAll(async () => {
  s = await startAssistant({ onClose: (close) => void closers.unshift(close) });
});
afterAll(async () => {
  for (const close of closers) await close();
});

const send = (input: Record<string, unknown>, person = s.owner) =>
  s.as(person)(SEND, { i: { workspaceId: s.workspaceId, waitForAnswer: true, ...input } });

describe('an answer while it streams', () => {
  it('returns at once while the answer streams, refuses a second question meanwhile, and stops on request', async () => {
    const usageEvents: any[] = [];
    let heard: (() => void) | undefined;
    const off = s.events.subscribe((event) => void (usageEvents.push(event), heard?.()), {
      types: ['llm.usage'],
    });
    onTestFinished(off);
    const usageCount = (n: number) =>
      new Promise<void>((resolve) => {
        heard = () => usageEvents.length >= n && resolve();
        heard();
      });
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    onTestFinished(() => open());
    const started = await s.as(s.owner)(
      `mutation ($i: StartConversationInput!) { startConversation(input: $i) { id } }`,
      { i: { workspaceId: s.workspaceId, title: 'Long one' } },
    );
    const conversationId = started.data!.startConversation.id as string;
    const stream = collect(await s.connect(s.owner), UPDATES, {
      c: conversationId,
    });
    await stream.registered;
    const baseline = s.openai.requests.length;
    s.openai.reply({ text: 'A long answer that is never finished.', gate });
    const res = await send({ conversationId, content: 'Tell me everything', waitForAnswer: false });
    const { conversation, assistantMessage } = res.data!.sendMessage;
    expect(conversation.title).toBe('Long one');
    expect(assistantMessage).toMatchObject({ status: 'STREAMING', content: '', toolCalls: [] });

    await s.openai.waitForRequests(baseline + 1);
    const busy = await send({ conversationId: conversation.id, content: 'And more' });
    expect(busy.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const stopped = await s.as(s.owner)(
      `mutation ($m: ID!) { stopAnswer(messageId: $m) { id status error } }`,
      { m: assistantMessage.id },
    );
    expect(stopped.data!.stopAnswer).toEqual({
      id: assistantMessage.id,
      status: 'FAILED',
      error: 'The answer was stopped.',
    });
    // The aborted call is still accounted for, from the tokens counted so far.
    await usageCount(1);
    expect(usageEvents[0]).toMatchObject({
      type: 'llm.usage',
      workspaceId: s.workspaceId,
      userId: s.owner.id,
      conversationId: conversation.id,
      messageId: assistantMessage.id,
      model: TEST_MODEL,
    });
    expect(usageEvents[0].promptTokens).toBeGreaterThan(0);
    await nextMatching(stream, (r) => r.data?.conversationUpdated?.kind === 'FAILED');
    expect(updatesOf(stream).map((u) => u.kind)).toEqual(['MESSAGE_STARTED', 'TOKEN', 'FAILED']);
    expect(updatesOf(stream).at(-1)).toMatchObject({
      error: 'The answer was stopped.',
      message: { status: 'FAILED', content: 'A lo' },
    });

    s.openai.reply({ text: 'Done.', usage: { prompt_tokens: 10, completion_tokens: 5 } });
    const next = await send({ conversationId: conversation.id, content: 'Short answer, then' });
    expect(next.data!.sendMessage.assistantMessage.status).toBe('COMPLETED');
    await usageCount(2);
    expect(usageEvents[1]).toMatchObject({
      messageId: next.data!.sendMessage.assistantMessage.id,
      promptTokens: 10,
      completionTokens: 5,
      costUsd: 0.05,
    });
  });
});
