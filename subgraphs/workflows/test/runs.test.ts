import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { collect, nextMatching, parsePrometheusText, samplesOf } from '@pyairtable/testing';
import { describe, expect, it, onTestFinished } from 'vitest';
import { RUN_WORKFLOW, startWorkflows, TEST_WORKFLOW, type Workflows } from './harness.ts';

/** An HTTP endpoint on 127.0.0.1 answering `statuses` in turn (then 200), recording bodies. */
async function startEndpoint(statuses: number[] = []) {
  const bodies: unknown[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c));
    req.on('end', () => {
      bodies.push(body ? JSON.parse(body) : null);
      const status = statuses[bodies.length - 1] ?? 200;
      res
        .writeHead(status, { 'content-type': 'application/json' })
        .end(JSON.stringify({ n: bodies.length }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/in`, bodies };
}

const countDeals = async (s: Workflows, name: string) =>
  (await s.airtable('GET', `Deals?filterByFormula=${encodeURIComponent(`{Name} = '${name}'`)}`))
    .records.length as number;

describe('workflows: saving checks templates, fields and step references', () => {
  it('refuses unknown fields, later steps and loop outside a loop, naming the step and path', async () => {
    const s = await startWorkflows({ workers: false });
    const deals = s.tableId('Deals');
    const trigger = { type: 'RECORD_CREATED', baseId: s.baseId, tableId: deals };
    const save = (steps: unknown[]) =>
      s.owner(`mutation ($input: CreateWorkflowInput!) { createWorkflow(input: $input) { id } }`, {
        input: { workspaceId: s.workspaceId, name: 'Bad', trigger, steps },
      });
    const refused = async (steps: unknown[]) => {
      const answer = await save(steps);
      expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      return { message: answer.errors![0]!.message, field: answer.errors![0]!.extensions!.field };
    };
    const update = (fields: Record<string, unknown>, id = 'upd') => ({
      id,
      type: 'updateRecord',
      baseId: s.baseId,
      tableId: deals,
      recordId: '{{trigger.record.id}}',
      fields,
    });

    expect(await refused([update({ Nope: 1 })])).toEqual({
      message: expect.stringContaining('Step "upd" (steps[0].fields.Nope)'),
      field: 'steps[0].fields.Nope',
    });
    expect(
      (await refused([update({ Name: '{{trigger.record.fields.Missing}}' })])).message,
    ).toMatch(/Step "upd".*has no field "Missing"/);
    const later = await refused([
      update({ Name: '{{steps.find.records[0].id}}' }),
      { id: 'find', type: 'findRecords', baseId: s.baseId, tableId: deals },
    ]);
    expect(later).toEqual({
      message: expect.stringContaining('step "find" does not run before this one'),
      field: 'steps[0].fields.Name',
    });
    expect((await refused([update({ Name: '{{steps.nothing.id}}' })])).message).toContain(
      'there is no step "nothing"',
    );
    expect((await refused([update({ Name: '{{loop.item}}' })])).message).toContain(
      'only available inside a loop',
    );
    expect((await refused([{ id: 'x', type: 'teleport' }])).field).toBe('steps[0].type');
    expect((await refused([update({}, 'a'), update({}, 'a')])).message).toContain(
      'used by two steps',
    );
    const bad = await s.owner(
      `mutation ($input: CreateWorkflowInput!) { createWorkflow(input: $input) { id } }`,
      {
        input: {
          workspaceId: s.workspaceId,
          name: 'Bad cron',
          trigger: { type: 'SCHEDULE', cron: 'every day', timeZone: 'UTC' },
          steps: [{ id: 'w', type: 'wait', seconds: 1 }],
        },
      },
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'trigger.cron',
    });

    // A valid one saves, and editing makes version 2.
    const ok = await save([
      {
        id: 'find',
        type: 'findRecords',
        baseId: s.baseId,
        tableId: deals,
        formula: "{Stage} = 'Won'",
      },
      {
        id: 'each',
        type: 'loop',
        items: '{{steps.find.records}}',
        steps: [
          update({ 'Next Step': '{{loop.item.fields.Name}} after {{trigger.record.fields.Name}}' }),
        ],
      },
    ]);
    expect(ok.errors).toBeUndefined();
    const edited = await s.owner(
      `mutation ($input: UpdateWorkflowInput!) { updateWorkflow(input: $input) { version versions { version } } }`,
      { input: { id: ok.data!.createWorkflow.id, steps: [update({ Name: 'x' })] } },
    );
    expect(edited.data!.updateWorkflow).toEqual({
      version: 2,
      versions: [{ version: 2 }, { version: 1 }],
    });
  });

  it('refuses viewers and people of other workspaces', async () => {
    const s = await startWorkflows({ workers: false });
    const id = await s.createWorkflow(
      { trigger: { type: 'MANUAL' }, steps: [{ id: 'w', type: 'wait', seconds: 1 }] },
      false,
    );
    const viewer = s.gql(await s.member('VIEWER'));
    const stranger = s.gql(s.factories.person('Stranger'));
    expect(
      (await viewer(`query ($id: ID!) { workflow(id: $id) { id webhookUrl } }`, { id })).data!
        .workflow.id,
    ).toBe(id);
    const run = await viewer(RUN_WORKFLOW, { input: { workflowId: id } });
    expect(run.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const seen = await stranger(`query ($id: ID!) { workflow(id: $id) { id } }`, { id });
    expect(seen.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const listed = await stranger(`query ($w: ID!) { workflows(workspaceId: $w) { id } }`, {
      w: s.workspaceId,
    });
    expect(listed.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('workflows: runs', () => {
  it('retries a step that fails twice, then succeeds, live on workflowRunUpdated', async () => {
    const s = await startWorkflows();
    const endpoint = await startEndpoint([500, 503]);
    const id = await s.createWorkflow({
      trigger: { type: 'MANUAL' },
      steps: [
        {
          id: 'call',
          type: 'http',
          method: 'POST',
          url: endpoint.url,
          body: { by: '{{trigger.startedBy}}', n: 3 },
          retries: 3,
        },
      ],
    });
    const viewer = await s.member('VIEWER');
    const live = collect(
      await s.connect(viewer),
      `subscription ($w: ID!) { workflowRunUpdated(workflowId: $w) { id ...Run } }
        fragment Run on WorkflowRun { status steps { key status attempts } }`,
      { w: id },
    );
    await live.registered;
    const started = await s.owner(RUN_WORKFLOW, { input: { workflowId: id } });
    expect(started.errors).toBeUndefined();
    const done = await nextMatching(live, (r) => r.data?.workflowRunUpdated.status === 'SUCCEEDED');
    expect(done.data.workflowRunUpdated).toMatchObject({
      id: started.data!.runWorkflow.id,
      steps: [{ key: 'call', status: 'SUCCEEDED', attempts: 3 }],
    });
    expect(live.results.some((r) => r.data?.workflowRunUpdated.status === 'RUNNING')).toBe(true);
    const [run] = await s.finishedRuns(id, 1);
    expect(run!.status).toBe('SUCCEEDED');
    expect(run!.steps[0]).toMatchObject({
      attempts: 3,
      status: 'SUCCEEDED',
      output: { status: 200, body: { n: 3 } },
    });
    expect(run!.steps[0]!.logs.filter((l) => l.includes('failed'))).toHaveLength(2);
    expect(endpoint.bodies).toEqual(Array(3).fill({ by: s.ownerPerson.id, n: 3 }));
  });

  it('fails a run at the failing step, goes on past continueOnError, and retries from the failed step', async () => {
    const s = await startWorkflows();
    const deals = s.tableId('Deals');
    const refusing = await startEndpoint([500, 500, 500]);
    const id = await s.createWorkflow({
      trigger: { type: 'MANUAL' },
      steps: [
        { id: 'optional', type: 'http', url: 'http://10.0.0.1/x', continueOnError: true },
        {
          id: 'make',
          type: 'createRecord',
          baseId: s.baseId,
          tableId: deals,
          fields: { Name: 'Retry deal' },
        },
        { id: 'call', type: 'http', url: refusing.url, body: { id: '{{steps.make.id}}' } },
      ],
    });
    const failures = s.heard(['workflow.runFailed']);
    await s.owner(RUN_WORKFLOW, { input: { workflowId: id } });
    const [failed] = await s.finishedRuns(id, 1);
    expect(failed).toMatchObject({ status: 'FAILED', failedStep: 'call' });
    expect(failed!.steps.map((st) => [st.key, st.status])).toEqual([
      ['optional', 'SKIPPED'],
      ['make', 'SUCCEEDED'],
      ['call', 'FAILED'],
    ]);
    expect(failed!.steps[0]!.error).toMatch(/private|internal|not allowed|refused/i);
    expect(failures).toMatchObject([{ runId: failed!.id, failedStep: 'call' }]);

    const retried = await s.owner(
      `mutation ($id: ID!) { retryWorkflowRun(id: $id) { id status } }`,
      { id: failed!.id },
    );
    expect(retried.data!.retryWorkflowRun.status).toBe('QUEUED');
    await expect
      .poll(async () => (await s.runs(id))[0]!.status, { timeout: 20_000 })
      .toBe('FAILED');
    await expect.poll(() => refusing.bodies.length, { timeout: 20_000 }).toBe(2);
    // The record step succeeded the first time: it never ran again.
    expect(await countDeals(s, 'Retry deal')).toBe(1);
    const again = (await s.runs(id))[0]!;
    expect(again.steps.find((st) => st.key === 'make')!.attempts).toBe(1);
    expect(refusing.bodies[1]).toEqual(refusing.bodies[0]);
  });

  it('asks the assistant with record fields and writes its answer to a field', async () => {
    const s = await startWorkflows({ assistant: true });
    const deals = s.tableId('Deals');
    const deal = (await s.airtable('GET', 'Deals?maxRecords=1')).records[0];
    s.openai!.reply({ text: 'Call the buyer on Monday.' });
    const id = await s.createWorkflow({
      trigger: { type: 'MANUAL', baseId: s.baseId, tableId: deals },
      steps: [
        {
          id: 'ask',
          type: 'askAssistant',
          prompt: 'Suggest the next step for the deal {{trigger.record.fields.Name}}.',
          write: {
            baseId: s.baseId,
            tableId: deals,
            recordId: '{{trigger.record.id}}',
            field: 'Next Step',
          },
        },
      ],
    });
    await s.owner(RUN_WORKFLOW, { input: { workflowId: id, recordId: deal.id } });
    const [run] = await s.finishedRuns(id, 1);
    expect(run).toMatchObject({ status: 'SUCCEEDED' });
    expect(run!.steps[0]!.output).toEqual({ answer: 'Call the buyer on Monday.' });
    const asked = JSON.stringify(s.openai!.requests[0]!.body.messages);
    expect(asked).toContain(`Suggest the next step for the deal ${deal.fields.Name}.`);
    expect((await s.airtable('GET', `Deals/${deal.id}`)).fields['Next Step']).toBe(
      'Call the buyer on Monday.',
    );
    // It counts in the workspace's assistant usage.
    const usage = await s.owner(
      `query ($w: ID!) { assistantUsage(workspaceId: $w, period: MONTHLY) { total { totalTokens } } }`,
      { w: s.workspaceId },
    );
    expect(usage.data!.assistantUsage.total.totalTokens).toBeGreaterThan(0);
  });

  it('test runs preview writes and requests without sending them', async () => {
    const s = await startWorkflows();
    const deals = s.tableId('Deals');
    const endpoint = await startEndpoint();
    const deal = (await s.airtable('GET', 'Deals?maxRecords=1')).records[0];
    const id = await s.createWorkflow(
      {
        trigger: { type: 'RECORD_CREATED', baseId: s.baseId, tableId: deals },
        steps: [
          { id: 'peers', type: 'findRecords', baseId: s.baseId, tableId: deals, maxRecords: 3 },
          {
            id: 'copy',
            type: 'createRecord',
            baseId: s.baseId,
            tableId: deals,
            fields: { Name: 'Copy of {{trigger.record.fields.Name}}' },
          },
          { id: 'ping', type: 'http', url: endpoint.url, body: { n: '{{steps.peers.count}}' } },
          { id: 'later', type: 'wait', seconds: 3600 },
        ],
      },
      false,
    );
    const answer = await s.owner(TEST_WORKFLOW, { input: { workflowId: id, recordId: deal.id } });
    expect(answer.errors).toBeUndefined();
    const run = answer.data!.testWorkflow;
    expect(run).toMatchObject({ status: 'SUCCEEDED', dryRun: true });
    expect(run.steps.map((st: { key: string; status: string }) => [st.key, st.status])).toEqual([
      ['peers', 'SUCCEEDED'],
      ['copy', 'SUCCEEDED'],
      ['ping', 'SUCCEEDED'],
      ['later', 'SUCCEEDED'],
    ]);
    expect(run.steps[0].output.count).toBe(3);
    expect(run.steps[1].output).toMatchObject({
      preview: true,
      fields: { Name: `Copy of ${deal.fields.Name}` },
    });
    expect(run.steps[2].output.preview).toMatchObject({
      url: endpoint.url,
      body: JSON.stringify({ n: 3 }),
    });
    expect(endpoint.bodies).toEqual([]);
    expect(await countDeals(s, `Copy of ${deal.fields.Name}`)).toBe(0);
  });

  it('pauses (queueing triggers), resumes, cancels, and refuses runs of a disabled workflow', async () => {
    const s = await startWorkflows();
    const id = await s.createWorkflow({
      trigger: { type: 'MANUAL' },
      steps: [{ id: 'nap', type: 'wait', seconds: 600 }],
    });
    await s.owner(`mutation ($id: ID!) { pauseWorkflow(id: $id) { paused } }`, { id });
    const queued = await s.owner(RUN_WORKFLOW, { input: { workflowId: id } });
    expect(queued.data!.runWorkflow.status).toBe('QUEUED');
    // A minute on, after a sweep for runs owed a job: a held run is still only queued.
    s.advance(60_000);
    await s.workflows.queue.sweep();
    expect((await s.runs(id))[0]!.status).toBe('QUEUED');
    // Operators see it waiting on /metrics.
    const scraped = parsePrometheusText(
      await (await fetch(new URL('/metrics', s.workflowsUrl))).text(),
    );
    expect(samplesOf(scraped, 'workflow_runs_open', { status: 'QUEUED' })[0]?.value).toBe(1);
    expect(samplesOf(scraped, 'workflow_oldest_queued_run_age_seconds')[0]?.value).toBeGreaterThan(
      0.5,
    );
    await s.owner(`mutation ($id: ID!) { resumeWorkflow(id: $id) { paused } }`, { id });
    await expect
      .poll(async () => (await s.runs(id))[0]!.status, { timeout: 10_000 })
      .toBe('WAITING');
    const cancelled = await s.owner(
      `mutation ($id: ID!) { cancelWorkflowRun(id: $id) { status } }`,
      {
        id: queued.data!.runWorkflow.id,
      },
    );
    expect(cancelled.data!.cancelWorkflowRun.status).toBe('CANCELLED');
    await s.owner(
      `mutation ($id: ID!) { setWorkflowEnabled(id: $id, enabled: false) { enabled } }`,
      { id },
    );
    const refused = await s.owner(RUN_WORKFLOW, { input: { workflowId: id } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('refuses runs past the monthly quota with RATE_LIMITED', async () => {
    const s = await startWorkflows({ workflowsEnv: { WORKFLOWS_RUNS_PER_MONTH: '2' } });
    const id = await s.createWorkflow({
      trigger: { type: 'MANUAL' },
      steps: [{ id: 'w', type: 'wait', seconds: 1 }],
    });
    for (let i = 0; i < 2; i++)
      expect((await s.owner(RUN_WORKFLOW, { input: { workflowId: id } })).errors).toBeUndefined();
    const third = await s.owner(RUN_WORKFLOW, { input: { workflowId: id } });
    expect(third.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(third.errors![0]!.message).toContain('2 workflow runs this month');
  });
});

describe('workflows: schedules and incoming webhooks', () => {
  it('fires a schedule at its times, and shows the next ones', async () => {
    const s = await startWorkflows();
    const id = await s.createWorkflow({
      trigger: { type: 'SCHEDULE', cron: '*/2 * * * * *', timeZone: 'Europe/Paris' },
      steps: [{ id: 'w', type: 'wait', seconds: 1 }],
    });
    const shown = await s.owner(`query ($id: ID!) { workflow(id: $id) { nextRunTimes } }`, { id });
    const times = shown.data!.workflow.nextRunTimes.map((t: string) => new Date(t).getTime());
    expect(times).toHaveLength(5);
    for (const [i, t] of times.entries()) {
      expect(t % 2000).toBe(0);
      if (i > 0) expect(t - times[i - 1]).toBe(2000);
    }
    const runs = await s.finishedRuns(id, 2, 15_000);
    const slots = runs.map((r) => new Date(r.trigger.scheduledAt).getTime()).sort();
    expect(slots[1]! - slots[0]!).toBe(2000);
    expect(slots.every((t) => t % 2000 === 0)).toBe(true);
    const editor = await s.owner(
      `query { workflowScheduleTimes(cron: "0 9 * * 1", timeZone: "America/New_York", count: 2) }`,
    );
    const [first, second] = editor.data!.workflowScheduleTimes.map((t: string) => new Date(t));
    expect(second.getTime() - first.getTime()).toBe(7 * 86_400_000);
    expect([13, 14]).toContain(first.getUTCHours());
    expect(first.getUTCDay()).toBe(1);
  });

  it('starts a run from its secret URL with the body, and refuses a bad secret', async () => {
    const s = await startWorkflows();
    const deals = s.tableId('Deals');
    const id = await s.createWorkflow({
      trigger: { type: 'WEBHOOK' },
      steps: [
        {
          id: 'make',
          type: 'createRecord',
          baseId: s.baseId,
          tableId: deals,
          fields: { Name: '{{trigger.body.deal.name}}' },
        },
      ],
    });
    const url = (await s.owner(`query ($id: ID!) { workflow(id: $id) { webhookUrl } }`, { id }))
      .data!.workflow.webhookUrl as string;
    expect(url).toMatch(
      new RegExp(`^${s.gatewayUrl.replace(/\/graphql$/, '')}/workflows/hooks/[A-Za-z0-9_-]{32}$`),
    );
    const viewer = s.gql(await s.member('VIEWER'));
    expect(
      (await viewer(`query ($id: ID!) { workflow(id: $id) { webhookUrl } }`, { id })).data!.workflow
        .webhookUrl,
    ).toBeNull();

    const bad = await fetch(url.replace(/.{4}$/, 'AAAA'), {
      method: 'POST',
      body: '{"deal":{"name":"Nope"}}',
    });
    expect(bad.status).toBe(404);
    const good = await fetch(url, {
      method: 'POST',
      body: JSON.stringify({ deal: { name: 'From a hook' } }),
    });
    expect(good.status).toBe(202);
    const [run] = await s.finishedRuns(id, 1);
    expect(run).toMatchObject({ status: 'SUCCEEDED', triggerType: 'WEBHOOK' });
    expect(await countDeals(s, 'From a hook')).toBe(1);
    expect(await countDeals(s, 'Nope')).toBe(0);

    const rotated = await s.owner(
      `mutation ($id: ID!) { rotateWorkflowWebhookUrl(id: $id) { webhookUrl } }`,
      { id },
    );
    expect(rotated.data!.rotateWorkflowWebhookUrl.webhookUrl).not.toBe(url);
    expect((await fetch(url, { method: 'POST', body: '{}' })).status).toBe(404);
  });
});
