// The admin portal in Debian's Chromium against the whole platform: sign in as the demo
// administrator, find a tenant, suspend it and see its API key refused at the gateway, restore
// it, disable a user and see their session end, and refuse a workspace owner. Every screen at
// 1280 and 390 px, with no console errors. Screenshots go to test-artifacts/.
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { startPlatform, type Platform } from '@pyairtable/platform';
import { createPlatformDatabases, createTestDatabase, testEnv } from '@pyairtable/testing';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = path.resolve(import.meta.dirname, '../test-artifacts');

// A browser test waits on a real page; give each a minute on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

let platform: Platform;
let portal: string;
let browser: Browser;
let page: Page;
let errors: string[] = [];

async function gql(query: string, variables: object = {}, token?: string) {
  const res = await fetch(platform.gatewayUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as {
    data?: any;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
}

async function logIn(email: string, password: string) {
  const res = await gql(
    `mutation ($i: LogInInput!) { logIn(input: $i) { accessToken refreshToken user { id } } }`,
    { i: { email, password } },
  );
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.logIn as { accessToken: string; refreshToken: string; user: { id: string } };
}

const eventually = <T>(read: () => T | Promise<T>) =>
  expect.poll(read, { timeout: 30_000, interval: 250 });

const screenshot = (name: string) =>
  page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });

/** Sees a screen at both widths: nothing sticks out sideways at 390 px. */
async function atBothWidths(name: string) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await screenshot(`${name}-1280`);
  await page.setViewportSize({ width: 390, height: 844 });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  await screenshot(`${name}-390`);
  await page.setViewportSize({ width: 1280, height: 900 });
  expect(overflow, `${name} is wider than 390 px`).toBeLessThanOrEqual(0);
}

// The first run after a change to the portal builds it (under a minute on two cores).
beforeAll(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  platform = await startPlatform({
    ephemeralPorts: true,
    adminPortal: true,
    // A feature flag switched here shows in the tenant dashboard.
    dashboard: true,
    env: {
      ...testEnv,
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      ...(await createPlatformDatabases()),
      EVENTS_DATABASE_URL: await createTestDatabase('airtable'),
      POSTGRES_URL: 'postgres://unused@127.0.0.1:1/postgres',
      SEED_DEMO: 'true',
      DASHBOARD_MODE: 'production',
    },
  });
  if (!platform.adminPortalUrl) throw new Error('The platform started without the admin portal.');
  if (!platform.dashboardUrl) throw new Error('The platform started without the dashboard.');
  portal = platform.adminPortalUrl;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  // Suspending and disabling ask first.
  page.on('dialog', (dialog) => void dialog.accept());
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});
afterEach(async ({ task }) => {
  if (task.result?.state === 'fail')
    await screenshot(`failed-${task.name.slice(0, 40).replace(/\W+/g, '-')}`);
  const seen = errors;
  errors = [];
  expect(seen).toEqual([]);
});

describe('the admin portal in a browser', () => {
  it('signs in as the demo administrator and shows the overview', async () => {
    await page.goto(portal);
    await page.waitForURL(/\/login/);
    await page.getByRole('button', { name: 'Fill in' }).click();
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${portal}/`);
    const tiles = page.getByRole('list', { name: 'Platform counts' });
    await expect.poll(() => tiles.getByText('Tenants').count()).toBe(1);
    await expect.poll(() => tiles.getByText('Ready').count()).toBe(1);
    await atBothWidths('overview');
  });

  it('finds a tenant, suspends it so its API key is refused at the gateway, and restores it', async () => {
    const owner = await logIn('demo@example.com', 'demo-password');
    const key = (
      await gql(
        `mutation { createApiKey(input: { name: "portal test" }) { secret } }`,
        {},
        owner.accessToken,
      )
    ).data.createApiKey.secret as string;
    const baseId = platform.airtableLocal.demoBaseId!;
    const v0 = async () =>
      (
        await fetch(new URL(`/v0/${baseId}/Deals?pageSize=1`, platform.gatewayUrl), {
          headers: { authorization: `Bearer ${key}` },
        })
      ).status;
    await eventually(v0).toBe(200);

    await page.getByRole('link', { name: 'Tenants', exact: true }).click();
    await page.getByRole('searchbox', { name: 'Search tenants by name or id' }).fill('Demo');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('link', { name: 'Demo', exact: true }).click();
    await page.getByRole('heading', { name: 'Demo', exact: true }).waitFor();
    await page.getByRole('heading', { name: /Members/ }).waitFor();
    await expect.poll(() => page.getByRole('link', { name: 'demo@example.com' }).count()).toBe(1);
    await atBothWidths('tenant');

    await page.getByRole('button', { name: 'Suspend tenant' }).click();
    await page.getByRole('button', { name: 'Restore tenant' }).waitFor();
    await eventually(v0).toBe(403);
    await atBothWidths('tenant-suspended');

    await page.getByRole('button', { name: 'Restore tenant' }).click();
    await page.getByRole('button', { name: 'Suspend tenant' }).waitFor();
    await eventually(v0).toBe(200);
  });

  it('disables a user and their session ends', async () => {
    const email = `ops-${randomUUID().slice(0, 8)}@example.com`;
    await gql(`mutation ($i: SignUpInput!) { signUp(input: $i) { user { id } } }`, {
      i: { email, password: 'correct horse battery', name: 'Ops Person' },
    });
    const person = await logIn(email, 'correct horse battery');
    const me = async () =>
      (await gql(`{ me { email } }`, {}, person.accessToken)).errors?.[0]?.extensions?.code ?? 'ok';
    expect(await me()).toBe('ok');

    await page.getByRole('link', { name: 'Users', exact: true }).click();
    await page.getByRole('searchbox', { name: 'Search users by email or name' }).fill(email);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('link', { name: email }).click();
    await page.getByRole('heading', { name: email }).waitFor();
    await atBothWidths('user');

    await page.getByRole('button', { name: 'Disable account' }).click();
    await page.getByText('The account is disabled and signed out.').waitFor();
    await eventually(me).toBe('UNAUTHENTICATED');
    const refreshed = await gql(
      `mutation ($t: String!) { refreshSession(refreshToken: $t) { accessToken } }`,
      { t: person.refreshToken },
    );
    expect(refreshed.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    await page.getByRole('button', { name: 'Enable account' }).click();
    await page.getByText('The account is enabled again.').waitFor();
    await logIn(email, 'correct horse battery');
  });

  it('shows every service ready on the health screen', async () => {
    await page.getByRole('link', { name: 'System health' }).click();
    await page.getByText('Every service is ready.').waitFor();
    for (const name of ['gateway', 'identity', 'workspaces', 'airtable'])
      await expect.poll(() => page.getByRole('rowheader', { name, exact: true }).count()).toBe(1);
    await atBothWidths('health');
  });

  it('switches the assistant off for a tenant, and its dashboard hides it', async () => {
    const dashboard = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const tenantPage = await dashboard.newPage();
    tenantPage.on('console', (message) => {
      if (message.type() === 'error') errors.push(`dashboard console: ${message.text()}`);
    });
    await tenantPage.goto(platform.dashboardUrl!);
    await tenantPage.waitForURL(/\/login/);
    await tenantPage.getByRole('button', { name: 'Use it' }).click();
    await tenantPage.getByRole('button', { name: 'Sign in' }).click();
    await tenantPage.waitForURL(/\/w\/[^/]+$/);
    const assistantButton = tenantPage.getByRole('button', { name: 'Assistant' });
    await assistantButton.waitFor();

    await page.getByRole('link', { name: 'Tenants', exact: true }).click();
    await page.getByRole('link', { name: 'Demo', exact: true }).click();
    const setting = page.getByRole('combobox', { name: 'assistant setting' });
    await setting.selectOption('off');
    await expect.poll(() => setting.inputValue()).toBe('off');
    await atBothWidths('tenant-flags');

    await tenantPage.reload();
    // The top bar is on screen (its account menu), and the flag's answer takes the button away.
    await tenantPage.getByRole('button', { name: /^Account menu for/ }).waitFor();
    await eventually(() => assistantButton.count()).toBe(0);

    await setting.selectOption('default');
    await expect.poll(() => setting.inputValue()).toBe('default');
    await tenantPage.reload();
    await assistantButton.waitFor();
    await dashboard.close();
  });

  it('refuses a workspace owner', async () => {
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.waitForURL(/\/login/);
    await page.getByLabel('Email').fill('demo@example.com');
    await page.getByLabel('Password').fill('demo-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('The admin portal is for platform administrators only.').waitFor();
    await atBothWidths('owner-refused');
    // Nothing of the graph's admin side opens for them either.
    await page.goto(`${portal}/tenants`);
    await page.waitForURL(/\/login/);
  });
});
