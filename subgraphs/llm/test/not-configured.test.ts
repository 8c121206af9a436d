import { describe, expect, it, onTestFinished } from 'vitest';
import { startAssistant } from './harness.ts';

describe('the assistant without OPENAI_API_KEY', () => {
  it('says it is not configured, while the rest of the platform runs', async () => {
    const s = await startAssistant({ onClose: onTestFinished, model: false });
    const owner = s.as(s.owner);
    const ws = await owner(`mutation { createWorkspace(input: { name: "Quiet" }) { id name } }`);
    expect(ws.data!.createWorkspace.name).toBe('Quiet');
    const workspaceId = ws.data!.createWorkspace.id;

    const status = await owner(`{ assistantStatus { configured model message } }`);
    expect(status.data!.assistantStatus).toEqual({
      configured: false,
      model: null,
      message: expect.stringContaining('The assistant is not configured: set OPENAI_API_KEY'),
    });
    const sent = await owner(
      `mutation ($i: SendMessageInput!) { sendMessage(input: $i) { conversation { id } } }`,
      { i: { workspaceId, content: 'Hello?' } },
    );
    expect(sent.errors?.[0]).toMatchObject({
      message: expect.stringContaining('The assistant is not configured: set OPENAI_API_KEY'),
      extensions: { code: 'UPSTREAM_UNAVAILABLE' },
    });
    const conversations = await owner(
      `query ($w: ID!) { conversations(workspaceId: $w) { id } assistantUsage(workspaceId: $w, period: MONTHLY) { total { modelCalls } } }`,
      { w: workspaceId },
    );
    expect(conversations.data).toEqual({
      conversations: [],
      assistantUsage: { total: { modelCalls: 0 } },
    });
    expect(s.openai.requests).toHaveLength(0);
  });
});
