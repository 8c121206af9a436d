import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Assistant, startAssistant, TEST_MODEL } from './harness.ts';
import { SEND } from './operations.ts';

const closers: (() => Promise<void>)[] = [];
let s: Assistant;

beforeAll(async () => {
  s = await startAssistant({ onClose: (close) => void closers.unshift(close) });
});
afterAll(async () => {
  for (const close of closers) await close();
});

describe('assistant budgets', () => {
  it('warns at 80 % of a budget and refuses, before calling the model, what would exceed it', async () => {
    const ws = await s.as(s.owner)(
      `mutation { createWorkspace(input: { name: "Budgeted" }) { id } }`,
      {},
    );
    const workspaceId = ws.data!.createWorkspace.id as string;
    const member = await s.factories.member({ owner: s.owner, workspaceId }, 'EDITOR');
    const SET = `mutation ($i: SetAssistantBudgetInput!) { setAssistantBudget(input: $i) { id period limitUsd spentUsd status user { id } } }`;
    const notAdmin = await s.as(member)(SET, {
      i: { workspaceId, period: 'DAILY', limitUsd: 100 },
    });
    expect(notAdmin.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const set = await s.as(s.owner)(SET, { i: { workspaceId, period: 'DAILY', limitUsd: 1 } });
    expect(set.data!.setAssistantBudget).toMatchObject({
      period: 'DAILY',
      limitUsd: 1,
      spentUsd: 0,
      status: 'OK',
      user: null,
    });
    const memberBudget = await s.as(s.owner)(SET, {
      i: { workspaceId, userId: member.id, period: 'MONTHLY', limitUsd: 50 },
    });
    expect(memberBudget.data!.setAssistantBudget.user).toEqual({ id: member.id });

    // Worst case $1.00 (100 output tokens at $0.01) fits a $1 budget; it costs $0.85: a warning.
    s.openai.reply({ text: 'Costly.', usage: { prompt_tokens: 500, completion_tokens: 85 } });
    const first = await s.as(member)(SEND, {
      i: { workspaceId, content: 'Spend', waitForAnswer: true },
    });
    const warning =
      "85 % of this workspace's daily assistant budget of $1.00 is spent ($0.85); it resets at";
    expect(first.data!.sendMessage.assistantMessage).toMatchObject({
      status: 'COMPLETED',
      usage: { costUsd: 0.85 },
      warnings: [expect.stringContaining(warning)],
    });

    // The next call could cost up to $1.00 more: refused before the model is called.
    const requests = s.openai.requests.length;
    const refused = await s.as(member)(SEND, {
      i: {
        workspaceId,
        conversationId: first.data!.sendMessage.conversation.id,
        content: 'Spend more',
      },
    });
    expect(refused.errors?.[0]).toMatchObject({
      message: expect.stringContaining(
        "The assistant's request would exceed this workspace's daily assistant budget of $1.00: $0.85 is spent and this request could cost up to $1.00.",
      ),
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) },
    });
    expect(s.openai.requests.length).toBe(requests);
    const after = await s.as(member)(
      `query ($c: ID!, $w: ID!) {
        conversation(id: $c) { messages { role } }
        assistantBudgets(workspaceId: $w) { limitUsd spentUsd status user { id } }
        assistantUsage(workspaceId: $w, period: DAILY) { total { costUsd modelCalls completionTokens } byUser { user { id } usage { costUsd } } byModel { model } }
      }`,
      { c: first.data!.sendMessage.conversation.id, w: workspaceId },
    );
    expect(after.errors).toBeUndefined();
    expect(after.data!.conversation.messages).toHaveLength(2);
    expect(after.data!.assistantBudgets).toEqual([
      { limitUsd: 1, spentUsd: 0.85, status: 'WARNING', user: null },
      { limitUsd: 50, spentUsd: 0.85, status: 'OK', user: { id: member.id } },
    ]);
    expect(after.data!.assistantUsage).toEqual({
      total: { costUsd: 0.85, modelCalls: 1, completionTokens: 85 },
      byUser: [{ user: { id: member.id }, usage: { costUsd: 0.85 } }],
      byModel: [{ model: TEST_MODEL }],
    });
  });
});
