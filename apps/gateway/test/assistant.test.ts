import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import {
  addMember,
  collect,
  connect,
  SEND,
  startAssistantStack,
  TEST_MODEL,
  updatesOf,
  waitUntilListening,
  type AssistantStack,
} from './assistant-stack.ts';
import { signUp } from './stack.ts';

const closers: (() => Promise<void>)[] = [];
let s: AssistantStack;

beforeAll(async () => {
  s = await startAssistantStack({ onClose: (close) => void closers.unshift(close) });
});
afterAll(async () => {
  for (const close of closers) await close();
});

const UPDATES = /* GraphQL */ `
  subscription ($c: ID!) {
    conversationUpdated(conversationId: $c) {
      conversationId
      kind
      messageId
      sequence
      delta
      warning
      error
      toolCall {
        id
        name
        status
        arguments
        summary
        recordCount
        error
      }
      usage {
        promptTokens
        completionTokens
        costUsd
        modelCalls
      }
      message {
        id
        status
        content
        toolCalls {
          name
          status
        }
      }
    }
  }
`;

const LIST_RECORDS_ARGS = (baseId: string) => ({
  baseId,
  tableId: 'Deals',
  filterByFormula: "AND({Amount} > 50000, IS_SAME({Close Date}, '2026-02-01', 'month'))",
  fields: ['Name', 'Amount', 'Close Date', 'Stage'],
});

/** The tool messages of a request to the model, parsed. */
const toolResults = (request: { body: { messages: { role: string; content?: unknown }[] } }) =>
  request.body.messages
    .filter((m) => m.role === 'tool')
    .map((m) => JSON.parse(String(m.content)) as Record<string, any>);

const send = (input: Record<string, unknown>, token = s.owner.accessToken) =>
  s.stack.execute(
    SEND,
    { i: { workspaceId: s.workspaceId, waitForAnswer: true, ...input } },
    token,
  );

describe('the assistant through the gateway', () => {
  it('answers "which deals over $50k close this month?" with the list records tool, streaming every step', async () => {
    const started = await s.stack.execute(
      `mutation ($i: StartConversationInput!) { startConversation(input: $i) { id title } }`,
      { i: { workspaceId: s.workspaceId } },
      s.owner.accessToken,
    );
    const conversationId = started.data!.startConversation.id as string;
    const stream = collect(connect(s.stack.gatewayUrl, s.owner.accessToken), UPDATES, {
      c: conversationId,
    });
    await waitUntilListening(s, stream, {
      conversationId,
      userId: s.owner.user.id,
      workspaceId: s.workspaceId,
    });

    const baseline = s.openai.requests.length;
    s.openai.reply(
      {
        text: 'Let me look.',
        toolCalls: [{ name: 'list_records', arguments: LIST_RECORDS_ARGS(s.baseId) }],
        usage: { prompt_tokens: 900, completion_tokens: 20 },
      },
      (request) => {
        // The answer is written from what the tool returned, as a model would.
        const [result] = toolResults(request);
        const names = result!.records.edges.map((e: any) => e.node.fields.Name as string);
        return {
          text: `${names.length} deals: ${names.join('; ')}.`,
          usage: { prompt_tokens: 1500, completion_tokens: 30 },
        };
      },
    );
    const res = await send({
      conversationId,
      content: 'Which deals over $50k close this month?',
    });
    expect(res.errors).toBeUndefined();
    const answer = res.data!.sendMessage.assistantMessage;

    // The tool call's real result reached the model in the next request.
    const [first, second] = s.openai.requests.slice(baseline);
    expect(s.openai.requests.length - baseline).toBe(2);
    const direct = await s.stack.execute(
      `query ($b: ID!, $t: ID!, $f: String, $fields: [String!]) {
        records(baseId: $b, tableId: $t, filterByFormula: $f, fields: $fields, first: 50) {
          totalCount pageInfo { hasNextPage endCursor } edges { node { id createdTime fields } }
        }
      }`,
      {
        b: s.baseId,
        t: 'Deals',
        f: LIST_RECORDS_ARGS(s.baseId).filterByFormula,
        fields: LIST_RECORDS_ARGS(s.baseId).fields,
      },
      s.owner.accessToken,
    );
    const deals = direct.data!.records;
    expect(deals.edges.length).toBeGreaterThan(0);
    expect(toolResults(second!)).toEqual([{ records: deals }]);

    // The model saw the base's schema and the graph tools; the answer came back whole.
    const system = String(first!.body.messages[0]!.content);
    expect(first!.body.model).toBe(TEST_MODEL);
    expect(system).toContain(`Base "Demo CRM" (id ${s.baseId})`);
    expect(system).toMatch(/Table "Deals" \(id tbl\w+, \d+ records\)/);
    expect(system).toMatch(/Stage \(singleSelect; "[^"]+"/);
    expect(system).toContain('Close Date (date)');
    expect(first!.body.tools!.map((t) => t.function.name)).toContain('list_records');
    expect(first!.body.stream_options).toEqual({ include_usage: true });
    const names = deals.edges.map((e: any) => e.node.fields.Name);
    expect(answer).toMatchObject({
      status: 'COMPLETED',
      model: TEST_MODEL,
      content: `Let me look.\n\n${names.length} deals: ${names.join('; ')}.`,
      usage: {
        promptTokens: 2400,
        completionTokens: 50,
        totalTokens: 2450,
        costUsd: 0.5,
        modelCalls: 2,
      },
    });
    expect(answer.toolCalls).toEqual([
      {
        id: expect.any(String),
        name: 'list_records',
        arguments: LIST_RECORDS_ARGS(s.baseId),
        status: 'SUCCEEDED',
        result: { records: deals },
        error: null,
        errorCode: null,
        summary: `${deals.edges.length} records`,
        recordCount: deals.edges.length,
      },
    ]);

    // The stream: in order, numbered without gaps, tokens adding up to the answer.
    await stream.until((r) => r.data?.conversationUpdated?.kind === 'MESSAGE_COMPLETED');
    const updates = updatesOf(stream);
    expect(updates.map((u) => u.sequence)).toEqual(updates.map((_, i) => i + 1));
    const kinds = updates
      .map((u) => u.kind)
      .filter((k, i, all) => k !== 'TOKEN' || all[i - 1] !== 'TOKEN');
    expect(kinds).toEqual([
      'MESSAGE_STARTED',
      'TOKEN',
      'TOOL_CALL_STARTED',
      'TOOL_CALL_FINISHED',
      'TOKEN',
      'MESSAGE_COMPLETED',
    ]);
    expect(
      updates.every((u) => u.messageId === answer.id && u.conversationId === conversationId),
    ).toBe(true);
    expect(
      updates
        .filter((u) => u.kind === 'TOKEN')
        .map((u) => u.delta)
        .join(''),
    ).toBe(answer.content);
    const [running, finished] = updates.filter((u) => u.toolCall).map((u) => u.toolCall);
    expect(running).toMatchObject({
      id: answer.toolCalls[0].id,
      name: 'list_records',
      status: 'RUNNING',
    });
    expect(JSON.parse(running.arguments)).toEqual(LIST_RECORDS_ARGS(s.baseId));
    expect(finished).toMatchObject({
      status: 'SUCCEEDED',
      summary: `${deals.edges.length} records`,
      recordCount: deals.edges.length,
      error: null,
    });
    const completed = updates.at(-1);
    expect(completed.usage).toEqual({
      promptTokens: 2400,
      completionTokens: 50,
      costUsd: 0.5,
      modelCalls: 2,
    });
    expect(completed.message).toEqual({
      id: answer.id,
      status: 'COMPLETED',
      content: answer.content,
      toolCalls: [{ name: 'list_records', status: 'SUCCEEDED' }],
    });

    // A follow-up carries the earlier turn, its tool call and result included.
    s.openai.reply({ text: 'None of them is won yet.' });
    const followUp = await send({ conversationId, content: 'Which of them are won?' });
    expect(followUp.data!.sendMessage.assistantMessage.status).toBe('COMPLETED');
    const replayed = s.openai.requests.at(-1)!.body.messages.map((m) => m.role);
    expect(replayed).toEqual(['system', 'user', 'assistant', 'tool', 'assistant', 'user']);
    const conversation = await s.stack.execute(
      `query ($c: ID!) { conversation(id: $c) { title answering usage { modelCalls costUsd } messages { role status content } } }`,
      { c: conversationId },
      s.owner.accessToken,
    );
    expect(conversation.data!.conversation).toMatchObject({
      title: 'Which deals over $50k close this month?',
      answering: false,
      usage: { modelCalls: 3 },
    });
    expect(conversation.data!.conversation.messages.map((m: any) => m.role)).toEqual([
      'USER',
      'ASSISTANT',
      'USER',
      'ASSISTANT',
    ]);
  });

  it('gives a tool error to the model, which answers from it', async () => {
    const baseline = s.openai.requests.length;
    s.openai.reply(
      {
        toolCalls: [{ name: 'list_records', arguments: { baseId: s.baseId, tableId: 'Invoices' } }],
      },
      (request) => ({ text: `Sorry: ${toolResults(request)[0]!.error}` }),
    );
    const res = await send({ content: 'List the invoices' });
    const answer = res.data!.sendMessage.assistantMessage;
    const [toolResult] = toolResults(s.openai.requests[baseline + 1]!);
    expect(toolResult).toEqual({ error: 'Table Invoices was not found.', code: 'NOT_FOUND' });
    expect(answer).toMatchObject({
      status: 'COMPLETED',
      content: 'Sorry: Table Invoices was not found.',
      toolCalls: [
        {
          name: 'list_records',
          status: 'FAILED',
          errorCode: 'NOT_FOUND',
          error: 'Table Invoices was not found.',
          result: null,
        },
      ],
    });
    expect(res.data!.sendMessage.conversation.title).toBe('List the invoices');
  });

  it('runs tools as the person asking: a viewer cannot write through the assistant', async () => {
    const viewer = await addMember(s, s.workspaceId, 'VIEWER');
    const baseline = s.openai.requests.length;
    s.openai.reply(
      {
        toolCalls: [
          {
            name: 'create_records',
            arguments: {
              baseId: s.baseId,
              tableId: 'Deals',
              records: [{ fields: { Name: 'Sneaky deal' } }],
            },
          },
        ],
      },
      { text: 'You may not add records.' },
    );
    const res = await send({ content: 'Add a deal called Sneaky deal' }, viewer.accessToken);
    expect(res.data!.sendMessage.assistantMessage.toolCalls[0]).toMatchObject({
      name: 'create_records',
      status: 'FAILED',
      errorCode: 'FORBIDDEN',
    });
    expect(toolResults(s.openai.requests[baseline + 1]!)[0]!.code).toBe('FORBIDDEN');
    const sneaky = await s.stack.execute(
      `query ($b: ID!) { records(baseId: $b, tableId: "Deals", filterByFormula: "{Name} = 'Sneaky deal'") { totalCount } }`,
      { b: s.baseId },
      s.owner.accessToken,
    );
    expect(sneaky.data!.records.totalCount).toBe(0);
  });

  it('retries the model on 429 and 5xx, and says clearly when it keeps failing', async () => {
    const baseline = s.openai.requests.length;
    s.openai.reply(
      { status: 429, headers: { 'retry-after-ms': '0' } },
      { status: 503, headers: { 'retry-after-ms': '0' } },
      { text: 'Third time lucky.' },
    );
    const ok = await send({ content: 'Hello?' });
    expect(ok.data!.sendMessage.assistantMessage).toMatchObject({
      status: 'COMPLETED',
      content: 'Third time lucky.',
    });
    expect(s.openai.requests.length - baseline).toBe(3);

    const failing = { status: 500, headers: { 'retry-after-ms': '0' } };
    s.openai.reply(failing, failing, failing);
    const failed = await send({ content: 'Hello again?' });
    expect(failed.data!.sendMessage.assistantMessage).toMatchObject({
      status: 'FAILED',
      error: 'The model endpoint failed (500 after 3 attempts).',
      usage: { modelCalls: 1, costUsd: 0 },
    });
    expect(s.openai.requests.length - baseline).toBe(6);
  });

  it('stops calling tools after LLM_MAX_TOOL_ROUNDS and asks for an answer without them', async () => {
    const baseline = s.openai.requests.length;
    const listBases = { toolCalls: [{ name: 'list_bases', arguments: {} }] };
    s.openai.reply(listBases, listBases, { text: 'Here is what I found.' });
    const answered = await send({ content: 'Look around' });
    expect(answered.data!.sendMessage.assistantMessage).toMatchObject({
      status: 'COMPLETED',
      content: 'Here is what I found.',
    });
    const choices = s.openai.requests.slice(baseline).map((r) => r.body.tool_choice);
    expect(choices).toEqual(['auto', 'auto', 'none']);

    s.openai.reply(listBases, listBases, listBases);
    const stuck = await send({ content: 'Look around forever' });
    expect(stuck.data!.sendMessage.assistantMessage).toMatchObject({
      status: 'FAILED',
      error: 'The assistant was still calling tools after 2 rounds. Ask a narrower question.',
    });
    expect(s.openai.requests.length - baseline).toBe(6);
  });

  it('warns at 80 % of a budget and refuses, before calling the model, what would exceed it', async () => {
    const ws = await s.stack.execute(
      `mutation { createWorkspace(input: { name: "Budgeted" }) { id } }`,
      {},
      s.owner.accessToken,
    );
    const workspaceId = ws.data!.createWorkspace.id as string;
    const member = await addMember(s, workspaceId, 'EDITOR');
    const SET = `mutation ($i: SetAssistantBudgetInput!) { setAssistantBudget(input: $i) { id period limitUsd spentUsd status user { id } } }`;
    const notAdmin = await s.stack.execute(
      SET,
      { i: { workspaceId, period: 'DAILY', limitUsd: 100 } },
      member.accessToken,
    );
    expect(notAdmin.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const set = await s.stack.execute(
      SET,
      { i: { workspaceId, period: 'DAILY', limitUsd: 1 } },
      s.owner.accessToken,
    );
    expect(set.data!.setAssistantBudget).toMatchObject({
      period: 'DAILY',
      limitUsd: 1,
      spentUsd: 0,
      status: 'OK',
      user: null,
    });
    const memberBudget = await s.stack.execute(
      SET,
      { i: { workspaceId, userId: member.user.id, period: 'MONTHLY', limitUsd: 50 } },
      s.owner.accessToken,
    );
    expect(memberBudget.data!.setAssistantBudget.user).toEqual({ id: member.user.id });

    // Worst case $1.00 (100 output tokens at $0.01) fits a $1 budget; it costs $0.85: a warning.
    s.openai.reply({ text: 'Costly.', usage: { prompt_tokens: 500, completion_tokens: 85 } });
    const first = await s.stack.execute(
      SEND,
      { i: { workspaceId, content: 'Spend', waitForAnswer: true } },
      member.accessToken,
    );
    const warning =
      "85 % of this workspace's daily assistant budget of $1.00 is spent ($0.85); it resets at";
    expect(first.data!.sendMessage.assistantMessage).toMatchObject({
      status: 'COMPLETED',
      usage: { costUsd: 0.85 },
      warnings: [expect.stringContaining(warning)],
    });

    // The next call could cost up to $1.00 more: refused before the model is called.
    const requests = s.openai.requests.length;
    const refused = await s.stack.execute(
      SEND,
      {
        i: {
          workspaceId,
          conversationId: first.data!.sendMessage.conversation.id,
          content: 'Spend more',
        },
      },
      member.accessToken,
    );
    expect(refused.errors?.[0]).toMatchObject({
      message: expect.stringContaining(
        "The assistant's request would exceed this workspace's daily assistant budget of $1.00: $0.85 is spent and this request could cost up to $1.00.",
      ),
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) },
    });
    expect(s.openai.requests.length).toBe(requests);
    const after = await s.stack.execute(
      `query ($c: ID!, $w: ID!) {
        conversation(id: $c) { messages { role } }
        assistantBudgets(workspaceId: $w) { limitUsd spentUsd status user { id } }
        assistantUsage(workspaceId: $w, period: DAILY) { total { costUsd modelCalls completionTokens } byUser { user { id email } usage { costUsd } } byModel { model } }
      }`,
      { c: first.data!.sendMessage.conversation.id, w: workspaceId },
      member.accessToken,
    );
    expect(after.errors).toBeUndefined();
    expect(after.data!.conversation.messages).toHaveLength(2);
    expect(after.data!.assistantBudgets).toEqual([
      { limitUsd: 1, spentUsd: 0.85, status: 'WARNING', user: null },
      { limitUsd: 50, spentUsd: 0.85, status: 'OK', user: { id: member.user.id } },
    ]);
    expect(after.data!.assistantUsage).toEqual({
      total: { costUsd: 0.85, modelCalls: 1, completionTokens: 85 },
      byUser: [{ user: { id: member.user.id, email: member.email }, usage: { costUsd: 0.85 } }],
      byModel: [{ model: TEST_MODEL }],
    });
  });

  it('returns at once while the answer streams, refuses a second question meanwhile, and stops on request', async () => {
    const usageEvents: any[] = [];
    let heard: (() => void) | undefined;
    const off = s.probes.subscribe((event) => void (usageEvents.push(event), heard?.()), {
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
    const started = await s.stack.execute(
      `mutation ($i: StartConversationInput!) { startConversation(input: $i) { id } }`,
      { i: { workspaceId: s.workspaceId, title: 'Long one' } },
      s.owner.accessToken,
    );
    const conversationId = started.data!.startConversation.id as string;
    const stream = collect(connect(s.stack.gatewayUrl, s.owner.accessToken), UPDATES, {
      c: conversationId,
    });
    await waitUntilListening(s, stream, {
      conversationId,
      userId: s.owner.user.id,
      workspaceId: s.workspaceId,
    });
    const baseline = s.openai.requests.length;
    s.openai.reply({ text: 'A long answer that is never finished.', gate });
    const res = await send({ conversationId, content: 'Tell me everything', waitForAnswer: false });
    const { conversation, assistantMessage } = res.data!.sendMessage;
    expect(conversation.title).toBe('Long one');
    expect(assistantMessage).toMatchObject({ status: 'STREAMING', content: '', toolCalls: [] });

    await s.openai.waitForRequests(baseline + 1);
    const busy = await send({ conversationId: conversation.id, content: 'And more' });
    expect(busy.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const stopped = await s.stack.execute(
      `mutation ($m: ID!) { stopAnswer(messageId: $m) { id status error } }`,
      { m: assistantMessage.id },
      s.owner.accessToken,
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
      userId: s.owner.user.id,
      conversationId: conversation.id,
      messageId: assistantMessage.id,
      model: TEST_MODEL,
    });
    expect(usageEvents[0].promptTokens).toBeGreaterThan(0);
    await stream.until((r) => r.data?.conversationUpdated?.kind === 'FAILED');
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

  it("keeps conversations to their owner and answers only a workspace's members", async () => {
    s.openai.reply({ text: 'Private.' });
    const mine = await send({ content: 'Private question' });
    const conversationId = mine.data!.sendMessage.conversation.id;
    const messageId = mine.data!.sendMessage.assistantMessage.id;
    const stranger = await signUp(s.stack, 'Stranger');
    const peek = await s.stack.execute(
      `query ($c: ID!, $m: ID!) { conversation(id: $c) { id } conversationMessage(id: $m) { id } }`,
      { c: conversationId, m: messageId },
      stranger.accessToken,
    );
    expect(peek.data).toEqual({ conversation: null, conversationMessage: null });
    const intrude = await send({ conversationId, content: 'Hi' }, stranger.accessToken);
    expect(intrude.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const listen = collect(connect(s.stack.gatewayUrl, stranger.accessToken), UPDATES, {
      c: conversationId,
    });
    await listen.next(1);
    expect(listen.results[0].errors[0].extensions.code).toBe('NOT_FOUND');
  });
});
