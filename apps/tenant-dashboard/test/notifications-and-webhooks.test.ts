// The notification bell (live unread count, the list, a click to the record) and the Webhooks
// page (an endpoint with the event picker, a signed test event, the delivery history and a
// replay) in Debian's Chromium against the whole platform. Screenshots go to test-artifacts/.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startBrowserWorld, type BrowserWorld } from './browser-harness.ts';

vi.setConfig({ testTimeout: 60_000 });

let w: BrowserWorld;
let workspaceId: string;

beforeAll(async () => {
  w = await startBrowserWorld();
  const me = await w.graphql(`{ me { workspaces { id } } }`);
  workspaceId = me.me.workspaces[0].id;
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
  expect.poll(read, { timeout: 20_000, interval: 100 });

async function gql(query: string, variables: Record<string, unknown>, token?: string) {
  const res = await fetch(w.platform.gatewayUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: any; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data;
}

describe('notifications and webhooks in the dashboard', () => {
  it('shows a mention on the bell live, lists it, and opens the record from it', async () => {
    const { page } = w;
    // A colleague joins the workspace and mentions the demo user in a comment.
    const email = `ada-${Date.now()}@example.com`;
    const signed = await gql(`mutation ($i: SignUpInput!) { signUp(input: $i) { accessToken } }`, {
      i: { email, password: 'a-long-password', name: 'Ada Lovelace' },
    });
    const ada = signed.signUp.accessToken as string;
    const invited = await w.graphql(
      `mutation ($i: InviteMemberInput!) { inviteMember(input: $i) { token } }`,
      { i: { workspaceId, email, role: 'EDITOR' } },
    );
    await gql(
      `mutation ($t: String!) { acceptInvitation(token: $t) { id } }`,
      { t: invited.inviteMember.token },
      ada,
    );
    const baseId = w.platform.airtableLocal.demoBaseId!;
    const schema = await w.graphql(`query ($b: ID!) { base(id: $b) { tables { id name } } }`, {
      b: baseId,
    });
    const deals = schema.base.tables.find((t: { name: string }) => t.name === 'Deals').id;
    const record = await w.graphql(
      `query ($b: ID!, $t: ID!) { records(baseId: $b, tableId: $t, first: 1) { edges { node { id } } } }`,
      { b: baseId, t: deals },
    );
    const recordId = record.records.edges[0].node.id;

    const bell = page.getByRole('button', { name: /^Notifications/ });
    await bell.waitFor();
    await gql(
      `mutation ($b: ID!, $t: ID!, $r: ID!, $text: String!) { addRecordComment(baseId: $b, tableId: $t, recordId: $r, text: $text) { id } }`,
      { b: baseId, t: deals, r: recordId, text: 'Could you call them, @demo@example.com?' },
      ada,
    );
    await eventually(() => bell.getAttribute('aria-label')).toBe('Notifications, 1 unread');
    await bell.click();
    const panel = page.getByRole('dialog', { name: 'Notifications' });
    const item = panel.getByRole('button', { name: /Ada Lovelace mentioned you in a comment/ });
    await item.waitFor();
    await w.screenshot('notification-bell');
    await item.click();
    await page.waitForURL(new RegExp(`/t/${deals}\\?record=${recordId}`));
    await eventually(() => bell.getAttribute('aria-label')).toBe('Notifications');
    await page.keyboard.press('Escape');
  });

  it('chooses where notifications go on the account page', async () => {
    const { page } = w;
    await page.goto(`${w.dashboardUrl}/w/${workspaceId}/account`);
    const box = page.getByLabel('Mentions in comments: Daily digest');
    await box.waitFor();
    expect(await box.isChecked()).toBe(false);
    await box.check();
    await eventually(async () => {
      const prefs = await w.graphql(`{ notificationPreferences { kind digest } }`);
      return prefs.notificationPreferences.find((p: any) => p.kind === 'MENTION').digest;
    }).toBe(true);
    await w.screenshot('account-notifications');
  });

  it('adds an endpoint, sends a signed test event, and replays it from the history', async () => {
    const { page } = w;
    const received: { headers: http.IncomingHttpHeaders; body: string }[] = [];
    let status = 500;
    const receiver = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c));
      req.on('end', () => {
        received.push({ headers: req.headers, body });
        res.writeHead(status).end(status === 200 ? 'thanks' : 'not now');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
    try {
      await page.goto(`${w.dashboardUrl}/w/${workspaceId}`);
      await page
        .getByRole('navigation', { name: 'Workspace' })
        .getByRole('link', { name: 'Webhooks' })
        .click();
      await page.getByRole('heading', { name: 'Webhooks', level: 1 }).waitFor();
      await page.getByRole('button', { name: 'Add endpoint' }).click();
      const form = page.getByRole('form', { name: 'New webhook endpoint' });
      await form.getByLabel('Endpoint URL').fill(url);
      await form.getByLabel('Description').fill('CRM sync');
      await form.getByRole('checkbox', { name: /member\.joined/ }).check();
      await form.getByLabel('Formula').fill("{Stage} = 'Won'");
      await w.screenshot('webhooks-new-endpoint');
      await form.getByRole('button', { name: 'Add endpoint' }).click();
      const secret = (await page.getByTestId('webhook-secret').textContent())!;
      expect(secret).toMatch(/^whsec_/);

      const card = page.getByRole('region', { name: url });
      await card.getByRole('button', { name: 'Send test event' }).click();
      await page.getByRole('status').filter({ hasText: 'Test event failed: HTTP 500' }).waitFor();
      expect(received).toHaveLength(1);
      const payload = new Webhook(secret).verify(
        received[0]!.body,
        received[0]!.headers as Record<string, string>,
      ) as any;
      expect(payload.type).toBe('webhook.test');

      status = 200;
      const history = card.getByRole('region', { name: 'Delivery history' });
      const row = history.getByRole('listitem').filter({ hasText: 'webhook.test' });
      await row.getByText('pending').waitFor();
      await w.screenshot('webhooks');
      await row.getByRole('button', { name: 'Replay' }).click();
      await eventually(() => received.length).toBe(2);
      expect(received[1]!.headers['webhook-id']).toBe(received[0]!.headers['webhook-id']);
      await history.getByRole('button', { name: 'Refresh' }).click();
      await eventually(() => row.getByText('succeeded').count()).toBe(1);
    } finally {
      receiver.closeAllConnections();
      await new Promise<void>((resolve) => receiver.close(() => resolve()));
    }
  });
});
