import { describe, expect, it } from 'vitest';
import { buildContext, storedSteps, type AnswerStep } from '../src/domain/build-context.ts';
import { countMessageTokens, countTokens, truncateToTokens } from '../src/domain/count-tokens.ts';
import { summarizeResult } from '../src/domain/graph-tool-calls.ts';
import { trimToWindow } from '../src/domain/trim-context.ts';

describe('token counting', () => {
  it('counts with the o200k tokenizer, special tokens as plain text', () => {
    expect(countTokens('')).toBe(0);
    expect(countTokens('hello world')).toBe(2);
    expect(countTokens('<|endoftext|>')).toBeGreaterThan(1);
    expect(countMessageTokens({ role: 'user', content: 'hello world' })).toBe(6);
  });

  it('cuts a text to a number of tokens', () => {
    const long = 'word '.repeat(100);
    const cut = truncateToTokens(long, 10);
    expect(cut.cut).toBe(true);
    expect(countTokens(cut.text)).toBeLessThanOrEqual(10);
    expect(truncateToTokens('short', 10)).toEqual({ text: 'short', cut: false });
  });
});

describe('trimming to the window', () => {
  const unit = (name: string, tokens: number, pinned = false) => ({
    messages: [name],
    tokens,
    pinned,
  });

  it('drops the oldest units first and keeps pinned ones', () => {
    const units = [unit('a', 40), unit('b', 30), unit('q', 20, true), unit('s', 25, true)];
    expect(trimToWindow(units, 200)).toEqual({
      messages: ['a', 'b', 'q', 's'],
      tokens: 115,
      dropped: 0,
    });
    expect(trimToWindow(units, 80)).toEqual({ messages: ['b', 'q', 's'], tokens: 75, dropped: 1 });
    expect(trimToWindow(units, 45)).toEqual({ messages: ['q', 's'], tokens: 45, dropped: 2 });
    expect(trimToWindow(units, 44)).toBeNull();
  });
});

describe('the prompt', () => {
  const step = (i: number, output: string): AnswerStep => ({
    text: '',
    toolCalls: [{ id: `call_${i}`, name: 'list_records', arguments: '{}', output }],
  });
  const options = {
    system: 'system',
    history: [],
    question: 'which deals?',
    tools: [],
    contextTokens: 10_000,
    maxOutputTokens: 1_000,
  };

  it('keeps each tool call with its result when older steps are dropped', () => {
    const big = 'x '.repeat(5_000);
    const steps = [step(1, big), step(2, big), step(3, 'small')];
    const context = buildContext({ ...options, steps })!;
    expect(context.dropped).toBe(1);
    const roles = context.messages.map((m) => m.role);
    expect(roles).toEqual(['system', 'user', 'assistant', 'tool', 'assistant', 'tool']);
    const callIds = context.messages.flatMap((m) =>
      m.role === 'assistant' ? (m.tool_calls ?? []).map((c) => c.id) : [],
    );
    const resultIds = context.messages.flatMap((m) => (m.role === 'tool' ? [m.tool_call_id] : []));
    expect(callIds).toEqual(['call_2', 'call_3']);
    expect(resultIds).toEqual(callIds);
    expect(context.promptTokens).toBeLessThanOrEqual(9_000);
  });

  it('drops past turns before steps of the current answer, and refuses what cannot fit', () => {
    const turn = (n: number) => ({
      messages: [{ role: 'user' as const, content: `old ${n}` }],
      tokens: 3_000,
    });
    const context = buildContext({
      ...options,
      history: [turn(1), turn(2), turn(3)],
      steps: [step(1, 'result')],
    })!;
    expect(context.dropped).toBe(1);
    expect(context.messages[1]).toEqual({ role: 'user', content: 'old 2' });
    expect(buildContext({ ...options, question: 'y '.repeat(10_000), steps: [] })).toBeNull();
  });

  it('replays a stored answer only up to a tool call that never finished', () => {
    const call = (step: number, position: number, output: string | null) =>
      ({
        step,
        position,
        callId: `c${step}${position}`,
        name: 't',
        arguments: '{}',
        output,
      }) as never;
    const message = {
      stepTexts: ['Looking.', '', ''],
      toolCalls: [call(0, 0, '{"a":1}'), call(1, 0, '{"b":2}'), call(1, 1, null)],
    } as never;
    expect(storedSteps(message)).toEqual([
      {
        text: 'Looking.',
        toolCalls: [{ id: 'c00', name: 't', arguments: '{}', output: '{"a":1}' }],
      },
    ]);
  });
});

describe('tool result summaries', () => {
  it('count the records of a connection or a list', () => {
    expect(
      summarizeResult({ records: { totalCount: 40, edges: [{}, {}, {}], pageInfo: {} } }),
    ).toEqual({ summary: '3 of 40 records', recordCount: 3 });
    expect(summarizeResult({ searchRecords: [{}] })).toEqual({
      summary: '1 record',
      recordCount: 1,
    });
    expect(summarizeResult({ base: { id: 'app1' } })).toEqual({
      summary: 'done',
      recordCount: null,
    });
  });
});
