// The Activity page (the workspace's audit log) in Debian's Chromium against the whole
// platform: what the demo seeding did, a filter, the chain's verification and a CSV export.
// Screenshots go to test-artifacts/.
import { readFile } from 'node:fs/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startBrowserWorld, type BrowserWorld } from './browser-harness.ts';

vi.setConfig({ testTimeout: 60_000 });

let w: BrowserWorld;
let workspaceId: string;

beforeAll(async () => {
  w = await startBrowserWorld();
  workspaceId = (await w.graphql(`{ me { workspaces { id } } }`)).me.workspaces[0].id;
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

describe('the Activity page', () => {
  it('lists what happened, filters it, verifies the chain and exports it', async () => {
    const { page } = w;
    await w.graphql(`mutation ($i: RenameWorkspaceInput!) { renameWorkspace(input: $i) { id } }`, {
      i: { id: workspaceId, name: 'Demo workspace' },
    });
    await page.goto(`${w.dashboardUrl}/w/${workspaceId}`);
    await page
      .getByRole('navigation', { name: 'Workspace' })
      .getByRole('link', { name: 'Activity' })
      .click();
    await page.getByRole('heading', { name: 'Activity', level: 1 }).waitFor();
    const entries = page.getByTestId('audit-entry');
    await entries.filter({ hasText: 'renameWorkspace' }).first().waitFor();

    await page.getByLabel('Operation').fill('connectAirtable');
    await expect.poll(() => entries.count(), { timeout: 20_000 }).toBe(1);
    expect(await entries.first().textContent()).toContain('connectAirtable');
    await w.screenshot('activity');

    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByRole('status').filter({ hasText: 'the chain is intact' }).waitFor();

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const csv = await readFile((await (await download).path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toMatch(/^id,at,path,operation,outcome/);
    expect(csv).toContain('renameWorkspace');
  });
});
