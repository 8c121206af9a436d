// The Automations page in Debian's Chromium against the whole platform: an automation built in
// the builder (a record created in Deals → update that record, with a template picked from the
// field picker), a refusal shown on the step it names, the on switch, the list, a test run with
// each step's input and output, and the run history as a real trigger runs it live.
// Screenshots (1440 px and 390 px) go to test-artifacts/.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startBrowserWorld, type BrowserWorld } from './browser-harness.ts';

vi.setConfig({ testTimeout: 90_000 });

let w: BrowserWorld;
let workspaceId: string;
let baseId: string;
let dealsId: string;
let workflowUrl: string;

beforeAll(async () => {
  w = await startBrowserWorld();
  const me = await w.graphql(`{ me { workspaces { id } } }`);
  workspaceId = me.me.workspaces[0].id;
  baseId = w.platform.airtableLocal.demoBaseId!;
  const schema = await w.graphql(`query ($b: ID!) { base(id: $b) { tables { id name } } }`, {
    b: baseId,
  });
  dealsId = schema.base.tables.find((t: { name: string }) => t.name === 'Deals').id;
  const { page } = w;
  await page.goto(w.dashboardUrl);
  await page.waitForURL(/\/login/);
  await page.getByRole('button', { name: 'Use it' }).click();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/w\/[^/]+$/);
}, 300_000);
afterAll(() => w?.close());
afterEach(async ({ task }) => {
  if (task.result?.state === 'fail')
    await w.screenshot(`failed-${task.name.slice(0, 40).replace(/\W+/g, '-')}`);
  expect(w.takeConsoleErrors()).toEqual([]);
});

const eventually = <T>(read: () => T | Promise<T>) =>
  expect.poll(read, { timeout: 30_000, interval: 200 });

describe('automations in the dashboard', () => {
  it('opens Automations from the workspace navigation, empty at first', async () => {
    const { page } = w;
    await page
      .getByRole('navigation', { name: 'Workspace' })
      .getByRole('link', { name: 'Automations' })
      .click();
    await page.getByRole('heading', { name: 'Automations', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'No automations yet' }).waitFor();
    await w.screenshot('automations-empty');
  });

  it('builds an automation, shows a refusal on its step, and saves it', async () => {
    const { page } = w;
    await page.getByRole('link', { name: 'New automation' }).first().click();
    await page.getByRole('heading', { name: 'New automation', level: 1 }).waitFor();
    await page.getByLabel('Name', { exact: true }).fill('Plan the next step');

    const trigger = page.getByRole('region', { name: 'Trigger' });
    await trigger.getByLabel('Trigger type').selectOption('RECORD_CREATED');
    await trigger.getByLabel('Base', { exact: true }).selectOption({ label: 'Demo CRM' });
    await trigger.getByLabel('Table', { exact: true }).selectOption({ label: 'Deals' });

    const steps = page.getByRole('region', { name: 'Steps' });
    await steps.getByLabel('New step').last().selectOption('updateRecord');
    await steps.getByRole('button', { name: 'Add step' }).last().click();
    const step = page.getByRole('listitem', { name: 'Step 1: Update record' });
    await step.getByLabel('Base', { exact: true }).selectOption({ label: 'Demo CRM' });
    await step.getByLabel('Table', { exact: true }).selectOption({ label: 'Deals' });
    expect(await step.getByLabel('Record id').inputValue()).toBe('{{trigger.record.id}}');
    await step.getByLabel('Field to add').selectOption('Next Step');
    await step.getByRole('button', { name: 'Add field' }).click();

    // A step that has not run is refused by the server, which names the path.
    const value = step.getByLabel('Value of Next Step');
    await value.fill('Call about {{steps.nowhere.id}}');
    await page.getByRole('button', { name: 'Create automation' }).click();
    const refusal = step.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('steps[0]');
    await w.screenshot('automations-builder-refused');

    // The field picker writes the template at the caret of the focused input.
    await value.fill('Call about ');
    await value.focus();
    await value.press('End');
    await step.getByRole('button', { name: 'Insert a value' }).click();
    await step
      .getByRole('group', { name: 'Trigger' })
      .getByRole('button', { name: 'record.fields.Name', exact: true })
      .click();
    await eventually(() => value.inputValue()).toBe('Call about {{trigger.record.fields.Name}}');
    await w.screenshot('automations-builder');

    await page.getByRole('button', { name: 'Create automation' }).click();
    await page.waitForURL(/\/automations\/(?!new)[^/]+$/);
    workflowUrl = page.url();
    await page.getByRole('heading', { name: 'Plan the next step', level: 1 }).waitFor();

    const saved = await w.graphql(
      `query ($w: ID!) { workflows(workspaceId: $w) { trigger steps enabled } }`,
      {
        w: workspaceId,
      },
    );
    expect(saved.workflows).toHaveLength(1);
    expect(saved.workflows[0].enabled).toBe(false);
    expect(saved.workflows[0].trigger).toMatchObject({
      type: 'RECORD_CREATED',
      baseId,
      tableId: dealsId,
    });
    expect(saved.workflows[0].steps).toEqual([
      expect.objectContaining({
        id: 'update',
        type: 'updateRecord',
        baseId,
        tableId: dealsId,
        recordId: '{{trigger.record.id}}',
        fields: { 'Next Step': 'Call about {{trigger.record.fields.Name}}' },
      }),
    ]);
  });

  it('turns the automation on and lists it with its trigger', async () => {
    const { page } = w;
    const on = page.getByRole('switch', { name: 'Plan the next step: on' });
    await on.click();
    await eventually(() => on.isChecked()).toBe(true);
    await eventually(async () => {
      const res = await w.graphql(`query ($w: ID!) { workflows(workspaceId: $w) { enabled } }`, {
        w: workspaceId,
      });
      return res.workflows[0].enabled;
    }).toBe(true);

    await page.getByRole('link', { name: 'Automations' }).first().click();
    const row = page.getByRole('list', { name: 'Automations' }).getByRole('listitem', {
      name: 'Plan the next step',
    });
    await row.waitFor();
    await row.getByText('Record created in Deals').waitFor();
    expect(await row.getByRole('switch').isChecked()).toBe(true);
    await row.getByText('Never run').waitFor();
    await page.getByLabel('Runs this month').waitFor();
    await w.screenshot('automations-list');
  });

  it('test-runs the automation against a record and shows each step’s input and output', async () => {
    const { page } = w;
    await page.goto(workflowUrl);
    const tryIt = page.getByRole('region', { name: 'Try it' });
    const record = tryIt.getByLabel('Record');
    await eventually(() => record.locator('option').count()).toBeGreaterThan(1);
    const recordId = await record.locator('option').nth(1).getAttribute('value');
    await record.selectOption(recordId!);
    await tryIt.getByRole('button', { name: 'Test run' }).click();
    const result = page.getByRole('region', { name: 'Test run result' });
    const stepRun = result.getByRole('listitem', { name: 'Step update' });
    await stepRun.waitFor();
    await stepRun.getByText('succeeded').waitFor();
    const input = await stepRun.getByLabel('Input').textContent();
    expect(input).toContain(recordId!);
    expect(input).toMatch(/Call about \S/);
    expect(input).not.toContain('{{');
    await stepRun.getByLabel('Output').waitFor();
    await w.screenshot('automations-test-run');

    // A dry run writes nothing.
    const after = await w.graphql(
      `query ($b: ID!, $t: ID!, $r: ID!) { record(baseId: $b, tableId: $t, id: $r) { fields } }`,
      { b: baseId, t: dealsId, r: recordId },
    );
    expect(after.record.fields['Next Step'] ?? '').not.toMatch(/^Call about/);
  });

  it('shows a real run in the history as it happens, with its steps', async () => {
    const { page } = w;
    await page.getByRole('button', { name: 'Run history' }).click();
    const history = page.getByRole('region', { name: 'Run history' });
    await history.getByRole('list', { name: 'Runs' }).waitFor();
    expect(await history.getByRole('listitem').count()).toBe(1);

    // A deal created through the graph starts a run; it arrives through the subscription.
    await w.graphql(
      `mutation ($b: ID!, $t: ID!, $r: [RecordInput!]!) { createRecords(baseId: $b, tableId: $t, records: $r) { status } }`,
      { b: baseId, t: dealsId, r: [{ fields: { Name: 'Automated deal' } }] },
    );
    const run = history.getByRole('listitem').filter({ hasText: 'RECORD_CREATED' });
    await run.waitFor();
    await run.getByText('succeeded').waitFor();
    await run.getByRole('button', { name: 'Details' }).click();
    const stepRun = run.getByRole('listitem', { name: 'Step update' });
    await stepRun.getByRole('button', { name: 'Details' }).click();
    await stepRun.getByLabel('Output').waitFor();
    await eventually(async () => {
      const res = await w.graphql(
        `query ($b: ID!, $t: ID!) { records(baseId: $b, tableId: $t, filterByFormula: "{Name} = 'Automated deal'") { edges { node { fields } } } }`,
        { b: baseId, t: dealsId },
      );
      return res.records.edges[0]?.node.fields['Next Step'];
    }).toBe('Call about Automated deal');
    await w.screenshot('automations-history');

    await history.getByLabel('Show runs').selectOption('FAILED');
    await history.getByRole('heading', { name: 'No runs with this status' }).waitFor();
    await history.getByLabel('Show runs').selectOption('');
    await history.getByRole('list', { name: 'Runs' }).waitFor();
  });

  it('builds a condition with a branch, reorders steps, and places a nested refusal', async () => {
    const { page } = w;
    await page.goto(`${w.dashboardUrl}/w/${workspaceId}/automations/new`);
    await page.getByLabel('Name', { exact: true }).fill('Branching');
    const trigger = page.getByRole('region', { name: 'Trigger' });
    await trigger.getByLabel('Trigger type').selectOption('MANUAL');
    await trigger.getByLabel('Base', { exact: true }).selectOption({ label: 'Demo CRM' });
    await trigger.getByLabel('Table', { exact: true }).selectOption({ label: 'Deals' });

    const steps = page.getByRole('region', { name: 'Steps' });
    const addTopLevel = async (type: string) => {
      await steps.getByLabel('New step').last().selectOption(type);
      await steps.getByRole('button', { name: 'Add step' }).last().click();
    };
    await addTopLevel('condition');
    await addTopLevel('wait');
    const condition = page.getByRole('listitem', { name: 'Step 1: Condition' });
    await condition.getByRole('button', { name: 'Formula' }).click();
    await condition.getByLabel('Continue when (Airtable formula)').fill("{Stage} = 'Won'");
    const branch = condition.getByRole('group', { name: 'condition: If it matches' });
    await branch.getByLabel('New step').selectOption('notify');
    await branch.getByRole('button', { name: 'Add step' }).click();
    const notify = page.getByRole('listitem', { name: 'Step 1.1: Send a notification' });
    await notify.getByLabel('Title').fill('Won: {{steps.nowhere.id}}');

    // The wait goes first; the condition (and its branch) second.
    await page
      .getByRole('listitem', { name: 'Step 2: Wait' })
      .getByRole('button', { name: 'Move up' })
      .click();
    await page.getByRole('listitem', { name: 'Step 1: Wait' }).waitFor();
    const moved = page.getByRole('listitem', { name: 'Step 2.1: Send a notification' });

    await page.getByRole('button', { name: 'Create automation' }).click();
    const refusal = moved.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('steps[1].then[0]');
    expect(
      await page.getByRole('listitem', { name: 'Step 1: Wait' }).getByRole('alert').count(),
    ).toBe(0);

    await moved.getByLabel('Title').fill('Won');
    await page.getByRole('button', { name: 'Create automation' }).click();
    await page.waitForURL(/\/automations\/(?!new)[^/]+$/);
    const id = page.url().split('/').pop();
    const saved = await w.graphql(`query ($id: ID!) { workflow(id: $id) { steps } }`, { id });
    expect(saved.workflow.steps).toEqual([
      expect.objectContaining({ id: 'wait', type: 'wait', seconds: 60 }),
      expect.objectContaining({
        id: 'condition',
        type: 'condition',
        formula: "{Stage} = 'Won'",
        then: [expect.objectContaining({ id: 'notify', type: 'notify', title: 'Won' })],
        else: [],
      }),
    ]);

    // Removing a step is saved as a new version.
    await page
      .getByRole('listitem', { name: 'Step 1: Wait' })
      .getByRole('button', { name: 'Remove step' })
      .click();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await eventually(async () => {
      const res = await w.graphql(`query ($id: ID!) { workflow(id: $id) { version steps } }`, {
        id,
      });
      return [res.workflow.version, res.workflow.steps.map((s: { id: string }) => s.id)];
    }).toEqual([2, ['condition']]);
  });

  it('previews the next run times of a schedule as the cron expression is typed', async () => {
    const { page } = w;
    await page.goto(`${w.dashboardUrl}/w/${workspaceId}/automations/new`);
    const trigger = page.getByRole('region', { name: 'Trigger' });
    await trigger.getByLabel('Trigger type').selectOption('SCHEDULE');
    await trigger.getByLabel('Cron expression').fill('30 8 * * 1');
    await trigger.getByLabel('Time zone').fill('Europe/Paris');
    const times = trigger.getByRole('list', { name: 'Next run times' }).getByRole('listitem');
    await eventually(() => times.count()).toBe(5);
    await eventually(() => times.first().textContent()).toMatch(/Mon.*8:30/);
    await trigger.getByLabel('Cron expression').fill('every day');
    await trigger.getByRole('alert').waitFor();
    await w.screenshot('automations-schedule');
  });

  it('runs an automation now, cancels the run while it waits, retries it, and pauses', async () => {
    const { page } = w;
    const created = await w.graphql(
      `mutation ($i: CreateWorkflowInput!) { createWorkflow(input: $i) { id } }`,
      {
        i: {
          workspaceId,
          name: 'Wait a while',
          trigger: { type: 'MANUAL' },
          steps: [{ id: 'hold', type: 'wait', seconds: 300 }],
        },
      },
    );
    const id = created.createWorkflow.id as string;
    await w.graphql(`mutation ($id: ID!) { setWorkflowEnabled(id: $id, enabled: true) { id } }`, {
      id,
    });
    await page.goto(`${w.dashboardUrl}/w/${workspaceId}/automations/${id}`);
    await page.getByRole('heading', { name: 'Wait a while', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Run now' }).click();
    const started = page.getByRole('region', { name: 'Run started' });
    await started.getByText('waiting', { exact: true }).first().waitFor();
    await started.getByRole('button', { name: 'Cancel run' }).click();
    await started.getByText('cancelled', { exact: true }).waitFor();
    await started.getByRole('button', { name: 'Retry' }).click();
    await started.getByRole('button', { name: 'Cancel run' }).waitFor();
    await w.screenshot('automations-run-now');
    await started.getByRole('button', { name: 'Cancel run' }).click();
    await started.getByText('cancelled', { exact: true }).waitFor();

    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByText('Paused', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Resume' }).click();
    await page.getByRole('button', { name: 'Pause' }).waitFor();
    const state = await w.graphql(`query ($id: ID!) { workflow(id: $id) { paused } }`, { id });
    expect(state.workflow.paused).toBe(false);
  });

  it('shows a webhook automation’s secret URL and rotates it', async () => {
    const { page } = w;
    const created = await w.graphql(
      `mutation ($i: CreateWorkflowInput!) { createWorkflow(input: $i) { id webhookUrl } }`,
      {
        i: {
          workspaceId,
          name: 'Hear a hook',
          trigger: { type: 'WEBHOOK' },
          steps: [{ id: 'tell', type: 'notify', recipients: ['owner'], title: 'Hook', body: 'x' }],
        },
      },
    );
    const { id, webhookUrl } = created.createWorkflow;
    await page.goto(`${w.dashboardUrl}/w/${workspaceId}/automations/${id}`);
    const url = page.getByTestId('workflow-webhook-url');
    await eventually(() => url.textContent()).toBe(webhookUrl);
    await page.getByRole('button', { name: 'Rotate URL' }).click();
    await eventually(() => url.textContent()).not.toBe(webhookUrl);
    await w.screenshot('automations-webhook');
  });

  it('fits a phone screen', async () => {
    const { page } = w;
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await page.goto(workflowUrl);
      await page.getByRole('listitem', { name: 'Step 1: Update record' }).waitFor();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await w.screenshot('automations-builder-390');
      await page.goto(`${w.dashboardUrl}/w/${workspaceId}/automations`);
      await page.getByRole('list', { name: 'Automations' }).waitFor();
      await w.screenshot('automations-list-390');
    } finally {
      await page.setViewportSize({ width: 1440, height: 900 });
    }
  });
});
