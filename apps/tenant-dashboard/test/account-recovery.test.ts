// Forgotten password and address confirmation in Debian's Chromium against the whole platform:
// the links arrive in the local mailbox and work once.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startBrowserWorld, type BrowserWorld } from './browser-harness.ts';

vi.setConfig({ testTimeout: 60_000 });

let w: BrowserWorld;
beforeAll(async () => {
  w = await startBrowserWorld();
}, 300_000);
afterAll(() => w?.close());
afterEach(async ({ task }) => {
  if (task.result?.state === 'fail')
    await w.screenshot(`failed-${task.name.slice(0, 40).replace(/\W+/g, '-')}`);
  expect(w.takeConsoleErrors()).toEqual([]);
});

/** The dashboard link (`path`) in the newest email to `to`, on this run's dashboard. */
async function linkInMail(to: string, path: string): Promise<string> {
  let link: string | null = null;
  await expect
    .poll(
      async () => {
        const res = await fetch(new URL('/messages.json', w.platform.mailboxUrl!));
        const messages = (await res.json()) as { to: string[]; text: string }[];
        const mail = messages.find((m) => m.to.includes(to) && m.text.includes(`${path}?token=`));
        const found = mail && new RegExp(`https?://\\S+${path}\\?token=[\\w-]+`).exec(mail.text);
        link = found ? found[0] : null;
        return link;
      },
      { timeout: 20_000, interval: 200 },
    )
    .toBeTruthy();
  const url = new URL(link!);
  return new URL(`${url.pathname}${url.search}`, w.dashboardUrl).toString();
}

async function signUp(email: string, password: string) {
  const res = await fetch(w.platform.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation ($i: SignUpInput!) { signUp(input: $i) { user { id } } }`,
      variables: { i: { email, password, name: 'Grace Hopper' } },
    }),
  });
  expect(((await res.json()) as { errors?: unknown }).errors).toBeUndefined();
}

describe('account recovery in the dashboard', () => {
  it('resets a forgotten password from the sign-in page, by the emailed link, once', async () => {
    const email = `grace-${Date.now()}@example.com`;
    await signUp(email, 'the old password');
    const { page } = w;
    await page.goto(new URL('/login', w.dashboardUrl).toString());
    await page.getByLabel('Email').fill(email);
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.waitForURL(/\/forgot-password/);
    await expect.poll(() => page.getByLabel('Email').inputValue()).toBe(email);
    await page.getByRole('button', { name: 'Email me a link' }).click();
    await page.getByRole('heading', { name: 'Check your email' }).waitFor();

    const link = await linkInMail(email, '/reset-password');
    await page.goto(link);
    await page.getByLabel('New password').fill('a brand new password');
    await page.getByRole('button', { name: 'Set the new password' }).click();
    await page.getByRole('heading', { name: 'Your password is changed' }).waitFor();
    await w.screenshot('reset-password-done');

    // The link is spent.
    await page.goto(link);
    await page.getByLabel('New password').fill('yet another password');
    await page.getByRole('button', { name: 'Set the new password' }).click();
    await page.getByText(/invalid, expired or used already/).waitFor();

    await page.goto(new URL('/login', w.dashboardUrl).toString());
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('a brand new password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/w\/|\/welcome|\/$/);
    expect(new URL(page.url()).pathname).not.toBe('/login');
  });

  it('confirms a new account’s address by the link in its welcome email', async () => {
    const email = `ada-${Date.now()}@example.com`;
    await signUp(email, 'a long password');
    const { page } = w;
    await page.goto(await linkInMail(email, '/verify-email'));
    await page.getByRole('button', { name: 'Confirm my address' }).click();
    await page.getByRole('heading', { name: 'Your address is confirmed' }).waitFor();
  });
});
