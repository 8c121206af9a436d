import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Assistant,
  collect,
  nextMatching,
  startAssistant,
  TEST_MODEL,
  toolResults,
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

const LIST_RECORDS_ARGS = (baseId: string) => ({
  baseId,
  tableId: 'Deals',
  filterByFormula: "AND({Amount} > 50000, IS_SAME({Close Date}, '2026-02-01', 'month'))",
  fields: ['Name', 'Amount', 'Close Date', 'Stage'],
});

const send = (input: Record<string, unknown>, person = s.owner) =>
  s.as(person)(SEND, { i: { workspaceId: s.workspaceId, waitForAnswer: true, ...input } });

describe('the assistant answering with graph tools', () => {
  it('answers "which deals over $50k close this month?" with the list records tool, streaming every step', async () => {
    const started = await s.as(s.owner)(
      `mutation ($i: StartConversationInput!) { startConversation(input: $i) { id title } }`,
      { i: { workspaceId: s.workspaceId } },
    );
    const conversationId = started.data!.startConversation.id as string;
    const stream = collect(await s.connect(s.owner), UPDATES, {
      c: conversationId,
    });
    await stream.registered;

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
    const direct = await s.as(s.owner)(
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
    await nextMatching(stream, (r) => r.data?.conversationUpdated?.kind === 'MESSAGE_COMPLETED');
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
    const conversation = await s.as(s.owner)(
      `query ($c: ID!) { conversation(id: $c) { title answering usage { modelCalls costUsd } messages { role status content } } }`,
      { c: conversationId },
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
    const viewer = await s.member('VIEWER');
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
    const res = await send({ content: 'Add a deal called Sneaky deal' }, viewer);
    expect(res.data!.sendMessage.assistantMessage.toolCalls[0]).toMatchObject({
      name: 'create_records',
      status: 'FAILED',
      errorCode: 'FORBIDDEN',
    });
    expect(toolResults(s.openai.requests[baseline + 1]!)[0]!.code).toBe('FORBIDDEN');
    const sneaky = await s.as(s.owner)(
      `query ($b: ID!) { records(baseId: $b, tableId: "Deals", filterByFormula: "{Name} = 'Sneaky deal'") { totalCount } }`,
      { b: s.baseId },
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
});
