import { describe, expect, it } from 'vitest';
import { signUp, useStack } from './stack.ts';

describe('the assistant without OPENAI_API_KEY', () => {
  it('says it is not configured, while the rest of the platform runs', async () => {
    const stack = await useStack();
    const owner = await signUp(stack, 'Owner');
    const ws = await stack.execute(
      `mutation { createWorkspace(input: { name: "Quiet" }) { id name } }`,
      {},
      owner.accessToken,
    );
    expect(ws.data!.createWorkspace.name).toBe('Quiet');
    const workspaceId = ws.data!.createWorkspace.id;

    const status = await stack.execute(
      `{ assistantStatus { configured model message } }`,
      {},
      owner.accessToken,
    );
    expect(status.data!.assistantStatus).toEqual({
      configured: false,
      model: null,
      message: expect.stringContaining('The assistant is not configured: set OPENAI_API_KEY'),
    });
    const sent = await stack.execute(
      `mutation ($i: SendMessageInput!) { sendMessage(input: $i) { conversation { id } } }`,
      { i: { workspaceId, content: 'Hello?' } },
      owner.accessToken,
    );
    expect(sent.errors?.[0]).toMatchObject({
      message: expect.stringContaining('The assistant is not configured: set OPENAI_API_KEY'),
      extensions: { code: 'UPSTREAM_UNAVAILABLE' },
    });
    const conversations = await stack.execute(
      `query ($w: ID!) { conversations(workspaceId: $w) { id } assistantUsage(workspaceId: $w, period: MONTHLY) { total { modelCalls } } }`,
      { w: workspaceId },
      owner.accessToken,
    );
    expect(conversations.data).toEqual({
      conversations: [],
      assistantUsage: { total: { modelCalls: 0 } },
    });
  });
});
