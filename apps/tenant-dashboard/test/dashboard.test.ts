// The tenant dashboard in Debian's Chromium against the whole platform: sign in with the demo
// account, filter Deals, edit a record and find it in airtable-local, see a change made through
// the API arrive live, ask the assistant. Screenshots go to test-artifacts/.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { collectErrors, startBrowserWorld, type BrowserWorld } from './browser-harness.ts';

// A browser test waits on a real page; give each a minute on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

let w: BrowserWorld;
let baseId: string;
let dealsId: string;

// The first run after a change to the dashboard builds it (about a minute on two cores).
beforeAll(async () => {
  w = await startBrowserWorld();
  baseId = w.platform.airtableLocal.demoBaseId!;
  const schema = await w.graphql(`query ($b: ID!) { base(id: $b) { tables { id name } } }`, {
    b: baseId,
  });
  dealsId = schema.base.tables.find((t: { name: string }) => t.name === 'Deals').id;
}, 300_000);
afterAll(() => w?.close());
afterEach(async ({ task }) => {
  if (task.result?.state === 'fail')
    await w.screenshot(`failed-${task.name.slice(0, 40).replace(/\W+/g, '-')}`);
  expect(w.takeConsoleErrors()).toEqual([]);
});

/** Waits for a value on the page (or in airtable-local) to become what the test expects. */
const eventually = <T>(read: () => T | Promise<T>) =>
  expect.poll(read, { timeout: 20_000, interval: 100 });

const RECORD_NAMES = `query ($b: ID!, $t: ID!, $f: String) {
  records(baseId: $b, tableId: $t, filterByFormula: $f, first: 1) { totalCount }
}`;

/** The grid row of a record. */
const row = (id: string) => w.page.locator(`[role="row"][data-record-id="${id}"]`);

describe('the tenant dashboard in a browser', () => {
  it('signs in with the demo account and lands on the seeded workspace with data on screen', async () => {
    const { page } = w;
    await page.goto(w.dashboardUrl);
    await page.waitForURL(/\/login/);
    await w.screenshot('login');
    await page.getByRole('button', { name: 'Use it' }).click();
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/w\/[^/]+$/);
    const card = page.getByRole('region', { name: 'Demo CRM' });
    await eventually(() => card.getByRole('link', { name: /Deals\s+300 records/ }).count()).toBe(1);
    await w.screenshot('workspace');
  });

  it('opens Deals, filters it with the builder, and shows only the matching records', async () => {
    const { page } = w;
    await page
      .getByRole('navigation', { name: 'Workspace' })
      .getByRole('link', { name: /^Deals/ })
      .click();
    await page.waitForURL(/\/t\/tbl/);
    await eventually(() => page.locator('.record-count').textContent()).toBe('300 records');
    await w.screenshot('deals');

    await page.getByRole('button', { name: 'Filter' }).click();
    await page.getByRole('button', { name: 'Add condition' }).click();
    await page.getByLabel('Field of condition 1').selectOption({ label: 'Stage' });
    await page.getByLabel('Comparison of condition 1').selectOption('is');
    await page.getByLabel('Value of condition 1').selectOption('Won');
    await eventually(() => page.getByLabel('Formula sent').textContent()).toBe("{Stage} = 'Won'");
    await page.getByRole('button', { name: 'Apply filter' }).click();

    const won = await w.graphql(RECORD_NAMES, { b: baseId, t: dealsId, f: "{Stage} = 'Won'" });
    expect(won.records.totalCount).toBeGreaterThan(0);
    expect(won.records.totalCount).toBeLessThan(300);
    await eventually(() => page.locator('.record-count').textContent()).toBe(
      `${won.records.totalCount} records`,
    );
    await eventually(() => page.locator('[role="row"][data-record-id]').count()).toBeGreaterThan(5);
    const stages = await page
      .locator('[role="row"][data-record-id] [aria-colindex="3"]')
      .allTextContents();
    expect(new Set(stages)).toEqual(new Set(['Won']));
    await page.getByRole('button', { name: 'Filtered by 1' }).click();
    await w.screenshot('deals-filter');
    await page.keyboard.press('Escape');
  });

  it('edits a record in the drawer, shows it at once, and the change reaches airtable-local', async () => {
    const { page } = w;
    const grid = page.getByRole('grid', { name: 'Deals records' });
    await grid.focus();
    await page.keyboard.press('Home');
    // Space opens the record, as in Airtable (Enter edits the cell).
    await page.keyboard.press('Space');
    const drawer = page.getByRole('dialog');
    await drawer.waitFor();
    const recordId = new URL(page.url()).searchParams.get('record')!;
    expect(recordId).toMatch(/^rec/);

    // Bad input is refused in words, and nothing is sent while it stands.
    await drawer.getByLabel('Amount').fill('a lot');
    await eventually(() => drawer.getByRole('alert').first().textContent()).toBe(
      'Enter a number, like 1200 or 12.5.',
    );
    await drawer.getByRole('status').filter({ hasText: 'One field needs attention.' }).waitFor();
    // No Save button: the record saves itself as it is edited.
    expect(await drawer.getByRole('button', { name: /Save/ }).count()).toBe(0);
    await drawer.getByLabel('Amount').fill('125000');
    const nextStep = `Call back ${Date.now()}`;
    await drawer.getByLabel('Next Step').fill(nextStep);
    await w.screenshot('record-drawer');
    await drawer.getByRole('status').filter({ hasText: 'All changes saved.' }).waitFor();

    // In the grid (behind the drawer) and in Airtable itself.
    await eventually(() => row(recordId).textContent()).toContain('$125,000');
    const local = w.platform.airtableLocal;
    await eventually(async () => {
      const res = await fetch(`${local.url}/v0/${baseId}/Deals/${recordId}`, {
        headers: { authorization: `Bearer ${local.token}` },
      });
      const body = (await res.json()) as { fields: Record<string, unknown> };
      return [body.fields['Next Step'], body.fields.Amount];
    }).toEqual([nextStep, 125000]);
    await page.keyboard.press('Escape');
    await eventually(() => page.getByRole('dialog').count()).toBe(0);
  });

  it('shows a change made through the API live, highlighted in its row', async () => {
    const { page } = w;
    const second = await page
      .locator('[role="row"][aria-rowindex="3"]')
      .getAttribute('data-record-id');
    expect(second).toMatch(/^rec/);
    const UPDATE = `mutation ($b: ID!, $t: ID!, $r: [RecordUpdateInput!]!) {
      updateRecords(baseId: $b, tableId: $t, records: $r) { status }
    }`;
    // The page subscribed when the table opened; each try is a fresh change to look for.
    let seen = false;
    for (let attempt = 0; attempt < 5 && !seen; attempt++) {
      const name = `Renamed live ${Date.now()}`;
      await w.graphql(UPDATE, {
        b: baseId,
        t: dealsId,
        r: [{ id: second, fields: { Name: name } }],
      });
      seen = await row(second!)
        .filter({ hasText: name })
        .and(page.locator('.live-updated'))
        .waitFor({ timeout: 5_000 })
        .then(
          () => true,
          () => false,
        );
    }
    expect(seen).toBe(true);
    // The changed cell is marked, not just the row.
    expect(await row(second!).locator('[aria-colindex="2"]').getAttribute('class')).toContain(
      'changed',
    );
    await w.screenshot('deals-live-update');
  });

  it('creates a record and deletes it again', async () => {
    const { page } = w;
    await page.getByRole('button', { name: 'Filtered by 1' }).click();
    await page.getByRole('button', { name: 'Clear' }).click();
    await eventually(() => page.locator('.record-count').textContent()).toBe('300 records');

    // An empty record opens at once; closed without a value, nothing reaches Airtable.
    await page.getByRole('button', { name: 'New record' }).click();
    const drawer = page.getByRole('dialog');
    await drawer.waitFor();
    expect(new URL(page.url()).searchParams.get('record')).toBeNull();
    await page.keyboard.press('Escape');
    await eventually(() => page.getByRole('dialog').count()).toBe(0);
    const all = await w.graphql(RECORD_NAMES, { b: baseId, t: dealsId, f: null });
    expect(all.records.totalCount).toBe(300);

    // The first value creates it.
    await page.getByRole('button', { name: 'New record' }).click();
    await drawer.waitFor();
    const name = `Brand new deal ${Date.now()}`;
    await drawer.getByLabel('Name').fill(name);
    await page.waitForURL(/[?&]record=rec/);
    const recordId = new URL(page.url()).searchParams.get('record')!;
    await eventually(() => row(recordId).textContent()).toContain(name);
    await eventually(() => page.locator('.record-count').textContent()).toBe('301 records');

    // No confirmation: undo brings a deleted record back (see grid-editing.test.ts).
    await drawer.getByRole('button', { name: 'Delete' }).click();
    await eventually(() => row(recordId).count()).toBe(0);
    await eventually(() => page.locator('.record-count').textContent()).toBe('300 records');
    // The row leaves at once; Airtable's answer follows.
    const local = w.platform.airtableLocal;
    await expect
      .poll(
        async () =>
          (
            await fetch(`${local.url}/v0/${baseId}/Deals/${recordId}`, {
              headers: { authorization: `Bearer ${local.token}` },
            })
          ).status,
        { timeout: 20_000, interval: 500 },
      )
      .toBe(404);
  });

  it('asks the assistant: the tool call shows as it runs, the answer streams in, the cost is shown', async () => {
    const { page, openai } = w;
    const won = await w.graphql(RECORD_NAMES, { b: baseId, t: dealsId, f: "{Stage} = 'Won'" });
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    openai.reply(
      {
        toolCalls: [
          {
            name: 'list_records',
            arguments: {
              baseId,
              tableId: 'Deals',
              filterByFormula: "{Stage} = 'Won'",
              fields: ['Name'],
              first: 5,
            },
          },
        ],
        usage: { prompt_tokens: 1200, completion_tokens: 40 },
      },
      (request) => {
        const tool = request.body.messages.find((m) => m.role === 'tool');
        const total = JSON.parse(String(tool?.content)).records.totalCount as number;
        return {
          text: `We won ${total} deals so far.`,
          chunkSize: 7,
          gate,
          usage: { prompt_tokens: 1500, completion_tokens: 12 },
        };
      },
    );

    await page.getByRole('button', { name: 'Assistant' }).click();
    const panel = page.getByRole('complementary', { name: 'Assistant' });
    await panel
      .getByLabel('Message the assistant')
      .pressSequentially('How many deals did we win?', { delay: 25 });
    await page.keyboard.press('Enter');

    const call = panel.locator('.tool-call');
    await eventually(() => call.getAttribute('data-status')).toBe('SUCCEEDED');
    await eventually(() => call.locator('.tool-result').textContent()).toBe(
      `5 of ${won.records.totalCount} records`,
    );
    expect(await call.textContent()).toContain("List records in Deals where {Stage} = 'Won'");
    // The first piece of the answer is on screen while the model is still writing the rest.
    const answer = panel.locator('[data-role="assistant"]');
    await eventually(() => answer.locator('.content').textContent()).toBe('We won ');
    expect(await answer.getAttribute('aria-busy')).toBe('true');
    await w.screenshot('assistant-streaming');
    release();
    await eventually(() => answer.locator('.content').textContent()).toBe(
      `We won ${won.records.totalCount} deals so far.`,
    );
    await eventually(() => answer.getAttribute('aria-busy')).toBe('false');
    // 2,700 prompt tokens at $1/M and 52 completion tokens at $4/M.
    await eventually(() => panel.getByTestId('conversation-cost').textContent()).toContain(
      '$0.0029 · 2,752 tokens',
    );
    await w.screenshot('assistant');

    await panel.getByRole('button', { name: 'Conversation history' }).click();
    await panel
      .getByRole('navigation', { name: 'Past conversations' })
      .getByRole('button')
      .first()
      .waitFor();
    expect(
      await panel.getByRole('navigation', { name: 'Past conversations' }).textContent(),
    ).toContain('How many deals did we win?');
    await panel.getByRole('button', { name: 'Close the assistant' }).click();
  });

  it('manages members, Airtable connections and API keys, then signs out', async () => {
    const { page } = w;
    const nav = page.getByRole('navigation', { name: 'Workspace' });

    await nav.getByRole('link', { name: 'Members', exact: true }).click();
    await page.getByRole('heading', { name: 'Members', level: 1 }).waitFor();
    await page.getByLabel('Email').fill('new.colleague@example.com');
    await page.getByRole('button', { name: 'Create invitation' }).click();
    const link = await page.getByTestId('invitation-link').textContent();
    expect(link).toMatch(/\/invite\/.+/);
    await page.getByText('new.colleague@example.com').first().waitFor();
    await w.screenshot('members');

    // The invitee opens the link in their own browser, signs up, and joins as an editor.
    const invitee = await w.browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: 'en-US',
    });
    try {
      const other = await invitee.newPage();
      const errors: string[] = [];
      collectErrors(other, (error) => errors.push(error));
      await other.goto(link!);
      await other.getByRole('heading', { name: 'Join Demo' }).waitFor();
      await other.getByRole('link', { name: 'Create an account to join' }).click();
      await other.getByLabel('Name').fill('New Colleague');
      expect(await other.getByLabel('Email').inputValue()).toBe('new.colleague@example.com');
      await other.getByLabel('Password').fill('a-long-password');
      await other.getByRole('button', { name: 'Create account' }).click();
      await other.getByRole('button', { name: 'Accept and open the workspace' }).click();
      await other.waitForURL(/\/w\/[^/]+$/);
      await other.getByRole('heading', { name: 'Demo', level: 1 }).waitFor();
      await eventually(() => other.getByRole('button', { name: /Demo\s*Editor/ }).count()).toBe(1);
      expect(errors).toEqual([]);
    } finally {
      await invitee.close();
    }
    await page.reload();
    await page.getByText('New Colleague').first().waitFor();

    await nav.getByRole('link', { name: 'Airtable', exact: true }).click();
    await page
      .getByRole('region', { name: 'Connection airtable-local (demo)' })
      .getByText('Up to date')
      .waitFor();
    await w.screenshot('airtable');

    await nav.getByRole('link', { name: 'Account & API keys' }).click();
    await page.getByLabel('New key’s name').fill('Browser test key');
    await page.getByRole('button', { name: 'Create key' }).click();
    const secret = await page.getByTestId('api-key-secret').textContent();
    // The key works against the API, as the person.
    const me = await fetch(w.platform.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      body: JSON.stringify({ query: '{ me { email } }' }),
    }).then((r) => r.json());
    expect(me.data.me.email).toBe('demo@example.com');
    await w.screenshot('account');
    await page
      .getByRole('list', { name: 'API keys' })
      .getByRole('button', { name: 'Revoke' })
      .click();
    await page.getByRole('dialog').getByRole('button', { name: 'Revoke key' }).click();
    await page.getByRole('list', { name: 'API keys' }).getByText('Revoked').waitFor();

    await page.getByRole('button', { name: /Account menu/ }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await page.waitForURL(/\/login/);
    // The session is over: the refresh cookie was cleared with it.
    await page.goto(`${w.dashboardUrl}/`);
    await page.waitForURL(/\/login/);
  });
});

describe('the dashboard’s web security', () => {
  /** A browser of its own, reporting console errors and Content-Security-Policy violations. */
  async function freshBrowser() {
    const context = await w.browser.newContext({ viewport: { width: 1280, height: 800 } });
    onTestFinished(() => context.close());
    const errors: string[] = [];
    const violations: string[] = [];
    await context.exposeBinding('reportViolation', (_, violation: string) => {
      violations.push(violation);
    });
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const report = (window as unknown as { reportViolation(v: string): void }).reportViolation;
        report(
          `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`,
        );
      });
    });
    const page = await context.newPage();
    collectErrors(page, (error) => errors.push(error));
    return { page, errors, violations };
  }

  const signIn = async (page: Page) => {
    await page.getByRole('button', { name: 'Use it' }).click();
    await page.getByRole('button', { name: 'Sign in' }).click();
  };
  const onDashboard = async (page: Page) => {
    await page.waitForURL(/\/w\/[^/]+$/);
    expect(new URL(page.url()).origin).toBe(new URL(w.dashboardUrl).origin);
  };

  it('serves pages under a nonce-based Content-Security-Policy, and works under it', async () => {
    const { page, errors, violations } = await freshBrowser();
    const response = (await page.goto(`${w.dashboardUrl}/login`))!;
    const headers = response.headers();
    const policy = headers['content-security-policy']!;
    const nonce = /script-src 'self' 'nonce-([^']+)' 'strict-dynamic'(;|$)/.exec(policy)?.[1];
    expect(nonce).toBeTruthy();
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain(`connect-src 'self' ws://${new URL(w.dashboardUrl).host}`);
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('same-origin');
    // Every script the server wrote carries this response's nonce: none is inline without it.
    const scripts = (await response.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);

    await signIn(page);
    await onDashboard(page);
    await page
      .getByRole('navigation', { name: 'Workspace' })
      .getByRole('link', { name: /^Deals/ })
      .click();
    await eventually(() => page.locator('.record-count').textContent()).toBe('300 records');
    await page.locator('[role="row"][data-record-id]').first().waitFor();
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);

    // The next page gets a nonce of its own.
    const again = (await page.reload())!;
    expect(again.headers()['content-security-policy']).not.toContain(`'nonce-${nonce}'`);
  });

  it('signs in with a hostile ?next= and lands on the dashboard, never another site', async () => {
    const { page, errors } = await freshBrowser();
    await page.goto(`${w.dashboardUrl}/login?next=${encodeURIComponent('/\\\tevil.example/')}`);
    await signIn(page);
    await onDashboard(page);
    // Signed in, the sign-in page forwards to ?next= at once.
    for (const next of [
      '//evil.example',
      '/\\evil.example',
      'https://evil.example',
      '/.//evil.example',
    ]) {
      await page.goto(`${w.dashboardUrl}/login?next=${encodeURIComponent(next)}`);
      await onDashboard(page);
    }
    expect(errors).toEqual([]);
  });
});

describe('the dashboard’s own server', () => {
  const session = (action: string, init: RequestInit = {}) =>
    fetch(`${w.dashboardUrl}/api/session/${action}`, {
      method: 'POST',
      ...init,
      headers: { 'content-type': 'application/json', ...(init.headers ?? {}) },
    });

  it('keeps the refresh token in an httpOnly cookie and rotates it, once for concurrent tabs', async () => {
    const login = await session('login', {
      body: JSON.stringify({ email: 'demo@example.com', password: 'demo-password' }),
    });
    const body = await login.json();
    expect(body.accessToken).toBeTruthy();
    expect(body).not.toHaveProperty('refreshToken');
    const cookie = login.headers.get('set-cookie')!;
    expect(cookie).toMatch(
      /^pyat_session=[^;]+; Path=\/api\/session; HttpOnly; SameSite=Strict; Max-Age=\d+$/,
    );
    const sent = { cookie: cookie.split(';')[0]! };

    // Two tabs refreshing with the same cookie at once get the same new tokens...
    const [a, b] = await Promise.all([
      session('refresh', { headers: sent }),
      session('refresh', { headers: sent }),
    ]);
    const [tokensA, tokensB] = [await a.json(), await b.json()];
    expect(tokensA.accessToken).toBeTruthy();
    expect(tokensB.accessToken).toBe(tokensA.accessToken);
    // ...and the session survives: the rotated cookie refreshes again.
    const rotated = { cookie: a.headers.get('set-cookie')!.split(';')[0]! };
    expect(rotated.cookie).not.toBe(sent.cookie);
    const again = await (await session('refresh', { headers: rotated })).json();
    expect(again.accessToken).toBeTruthy();
  });

  it('refuses cross-site session requests and answers a wrong password in words', async () => {
    const crossSite = await session('login', {
      headers: { origin: 'http://evil.example' },
      body: JSON.stringify({ email: 'demo@example.com', password: 'demo-password' }),
    });
    expect(crossSite.status).toBe(403);
    const wrong = await session('login', {
      body: JSON.stringify({ email: 'demo@example.com', password: 'not-it' }),
    });
    const body = await wrong.json();
    expect(body.error.extensions.code).toBe('UNAUTHENTICATED');
    expect(wrong.headers.get('set-cookie')).toBeNull();
  });

  it('proxies GraphQL to the gateway on its own origin, without the session cookie', async () => {
    const login = await (
      await session('login', {
        body: JSON.stringify({ email: 'demo@example.com', password: 'demo-password' }),
      })
    ).json();
    const res = await fetch(`${w.dashboardUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${login.accessToken}` },
      body: JSON.stringify({ query: '{ me { email workspaces { name } } }' }),
    });
    expect(await res.json()).toEqual({
      data: { me: { email: 'demo@example.com', workspaces: [{ name: 'Demo' }] } },
    });
  });

  it('answers /favicon.ico with the app icon, so no page logs a 404', async () => {
    const icon = await fetch(`${w.dashboardUrl}/favicon.ico`);
    expect(icon.status).toBe(200);
    expect(icon.redirected).toBe(true);
    expect(icon.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(await icon.text()).toMatch(/^<svg/);
  });
});
