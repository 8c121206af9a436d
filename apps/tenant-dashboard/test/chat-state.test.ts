import { describe, expect, it } from 'vitest';
import {
  applyUpdate,
  chatState,
  describeToolCall,
  formatCost,
  mergeSent,
  withMessages,
} from '../src/lib/chat-state.ts';
import type { ConversationUpdate, Message } from '../src/lib/graphql/assistant.ts';

const update = (sequence: number, fields: Partial<ConversationUpdate>): ConversationUpdate => ({
  conversationId: 'c1',
  kind: 'TOKEN',
  messageId: 'm2',
  sequence,
  delta: null,
  toolCall: null,
  usage: null,
  warning: null,
  error: null,
  ...fields,
});

const message = (
  id: string,
  role: Message['role'],
  content: string,
  createdAt: string,
): Message => ({
  id,
  role,
  content,
  status: role === 'USER' ? 'COMPLETED' : 'STREAMING',
  error: null,
  model: null,
  toolCalls: [],
  usage: null,
  warnings: [],
  createdAt,
});

describe('a streamed answer', () => {
  it('grows token by token, shows tool calls while they run, and completes with its cost', () => {
    let state = chatState([]);
    const steps: ConversationUpdate[] = [
      update(1, { kind: 'MESSAGE_STARTED' }),
      update(2, {
        kind: 'TOOL_CALL_STARTED',
        toolCall: {
          id: 't1',
          name: 'list_records',
          status: 'RUNNING',
          arguments: '{"tableId":"Deals"}',
          summary: null,
          recordCount: null,
          error: null,
        },
      }),
      update(3, {
        kind: 'TOOL_CALL_FINISHED',
        toolCall: {
          id: 't1',
          name: 'list_records',
          status: 'SUCCEEDED',
          arguments: null,
          summary: '78 records',
          recordCount: 78,
          error: null,
        },
      }),
      update(4, { delta: 'There are ' }),
      update(5, { delta: '78 won deals.' }),
      update(6, {
        kind: 'MESSAGE_COMPLETED',
        usage: {
          promptTokens: 10,
          completionTokens: 5,
          totalTokens: 15,
          costUsd: 0.0001,
          modelCalls: 2,
        },
      }),
    ];
    for (const step of steps) {
      const result = applyUpdate(state, step);
      expect(result.gap).toBe(false);
      state = result.state;
    }
    const answer = state.messages[0]!;
    expect(answer.content).toBe('There are 78 won deals.');
    expect(answer.status).toBe('COMPLETED');
    expect(answer.toolCalls).toEqual([
      expect.objectContaining({
        id: 't1',
        status: 'SUCCEEDED',
        recordCount: 78,
        arguments: '{"tableId":"Deals"}',
      }),
    ]);
    expect(answer.usage?.totalTokens).toBe(15);
  });

  it('notices missed updates and stops appending text the reload will bring', () => {
    let { state } = applyUpdate(chatState([]), update(1, { kind: 'MESSAGE_STARTED' }));
    const missed = applyUpdate(state, update(3, { delta: 'late' }));
    expect(missed.gap).toBe(true);
    state = missed.state;
    expect(state.messages[0]!.content).toBe('');
    expect(applyUpdate(state, update(3, { delta: 'again' })).state).toBe(state);
  });

  it('keeps streamed progress when the answer to sendMessage arrives after the first updates', () => {
    const { state } = applyUpdate(chatState([]), update(1, { delta: 'Hel' }));
    const merged = mergeSent(state, [
      message('m1', 'USER', 'Hi?', '2025-01-01T00:00:00.000Z'),
      message('m2', 'ASSISTANT', '', '2025-01-01T00:00:00.000Z'),
    ]);
    expect(merged.messages.map((m) => [m.role, m.content])).toEqual([
      ['USER', 'Hi?'],
      ['ASSISTANT', 'Hel'],
    ]);
  });

  it('says what a tool did and what the conversation cost', () => {
    expect(
      describeToolCall({
        name: 'list_records',
        arguments: '{"tableId":"Deals","filterByFormula":"{Stage} = \'Won\'"}',
      }),
    ).toEqual({
      title: 'List records',
      detail: "in Deals where {Stage} = 'Won'",
    });
    expect(formatCost(0.00123)).toBe('$0.0012');
    expect(formatCost(1.5)).toBe('$1.50');
  });
});

describe('reloading a conversation', () => {
  it('keeps the text streamed so far when the server has saved less of an answer in progress', () => {
    let { state } = applyUpdate(chatState([]), update(1, { delta: 'We won 78' }));
    state = withMessages(state, [
      { ...message('m2', 'ASSISTANT', '', '2025-01-01T00:00:00.000Z') },
    ]);
    expect(state.messages[0]!.content).toBe('We won 78');
    state = withMessages(state, [
      {
        ...message('m2', 'ASSISTANT', 'We won 78 deals.', '2025-01-01T00:00:00.000Z'),
        status: 'COMPLETED',
      },
    ]);
    expect(state.messages[0]!.content).toBe('We won 78 deals.');
  });
});
