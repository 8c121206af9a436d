import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Assistant, collect, startAssistant } from './harness.ts';
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

describe('who may see and use a conversation', () => {
  it("keeps conversations to their owner and answers only a workspace's members", async () => {
    s.openai.reply({ text: 'Private.' });
    const mine = await send({ content: 'Private question' });
    const conversationId = mine.data!.sendMessage.conversation.id;
    const messageId = mine.data!.sendMessage.assistantMessage.id;
    const stranger = s.factories.person('Stranger');
    const peek = await s.as(stranger)(
      `query ($c: ID!, $m: ID!) { conversation(id: $c) { id } conversationMessage(id: $m) { id } }`,
      { c: conversationId, m: messageId },
    );
    expect(peek.data).toEqual({ conversation: null, conversationMessage: null });
    const intrude = await send({ conversationId, content: 'Hi' }, stranger);
    expect(intrude.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const listen = collect(await s.connect(stranger), UPDATES, {
      c: conversationId,
    });
    await listen.next(1);
    expect(listen.results[0].errors[0].extensions.code).toBe('NOT_FOUND');
  });
});
