// The browser tests' world: Debian's Chromium (installed with apt when missing, never a
// downloaded browser), the whole platform with the dashboard on free ports and the suite's
// PostgreSQL, an OpenAI-compatible test server for the assistant, and a page that fails the
// test on any console error.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { startPlatform, type Platform } from '@pyairtable/platform';
import {
  createPlatformDatabases,
  createTestDatabase,
  startOpenAiTestServer,
  testEnv,
  type OpenAiTestServer,
} from '@pyairtable/testing';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const ARTIFACTS = path.resolve(import.meta.dirname, '../test-artifacts');
export const TEST_MODEL = 'test-model';
const OPENAI_KEY = 'sk-dashboard-test';

/** Installs Debian's chromium package when /usr/bin/chromium is missing (CI runs as root). */
export function ensureChromium(): void {
  if (fs.existsSync(CHROMIUM)) return;
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['update'], { env, stdio: 'pipe' });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
      env,
      stdio: 'pipe',
    });
  } catch (error) {
    const output = (error as { stderr?: Buffer }).stderr?.toString() ?? '';
    throw new Error(`Could not install Debian's chromium with apt-get: ${output.slice(-2000)}`);
  }
  if (!fs.existsSync(CHROMIUM))
    throw new Error(`apt-get installed chromium, but ${CHROMIUM} is missing.`);
}

export interface BrowserWorld {
  platform: Platform;
  dashboardUrl: string;
  openai: OpenAiTestServer;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught exceptions seen since the last `takeConsoleErrors`. */
  takeConsoleErrors(): string[];
  /** An operation through the gateway, as the demo user. */
  graphql<T = any>(query: string, variables?: Record<string, unknown>): Promise<T>;
  screenshot(name: string): Promise<void>;
  close(): Promise<void>;
}

/** Reports a page's console errors and uncaught exceptions, each with where it happened. */
export function collectErrors(page: Page, report: (error: string) => void): void {
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url } = message.location();
    report(`console: ${message.text()}${url ? ` (${url})` : ''}`);
  });
  page.on('pageerror', (error) => report(`page: ${error.message}`));
}

/** Starts everything one test file needs, once. */
export async function startBrowserWorld(): Promise<BrowserWorld> {
  ensureChromium();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const openai = await startOpenAiTestServer({ apiKey: OPENAI_KEY });
  const closers: (() => Promise<unknown>)[] = [() => openai.close()];
  const close = async () => {
    for (const closer of closers.reverse()) await closer().catch(() => undefined);
  };
  try {
    const eventsDatabase = await createTestDatabase('airtable');
    const platform = await startPlatform({
      ephemeralPorts: true,
      dashboard: true,
      // The platform paces itself at Airtable's 5 requests/s per base; the tests also read
      // airtable-local directly to check what reached it, so leave room for those reads (a 429
      // would also hold the platform's writes back for 30 s).
      airtableLocalEnv: { RATE_LIMIT_PER_BASE: '10' },
      env: {
        ...testEnv,
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        ...(await createPlatformDatabases()),
        EVENTS_DATABASE_URL: eventsDatabase,
        POSTGRES_URL: 'postgres://unused@127.0.0.1:1/postgres',
        SEED_DEMO: 'true',
        // The webhooks page's test receiver listens on loopback.
        WEBHOOKS_ALLOW_HOSTS: '127.0.0.1',
        // The production build, made once and reused while the dashboard's sources are unchanged.
        DASHBOARD_MODE: 'production',
        OPENAI_API_KEY: OPENAI_KEY,
        OPENAI_BASE_URL: openai.url,
        LLM_MODEL: TEST_MODEL,
        LLM_PRICES: JSON.stringify({ [TEST_MODEL]: { input: 1, output: 4 } }),
      },
    });
    closers.push(() => platform.stop());
    if (!platform.dashboardUrl) throw new Error('The platform started without the dashboard.');

    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    closers.push(() => browser.close());
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      locale: 'en-US',
      timezoneId: 'UTC',
    });
    const page = await context.newPage();
    let errors: string[] = [];
    collectErrors(page, (error) => errors.push(error));

    const login = await post(
      platform.gatewayUrl,
      `mutation { logIn(input: { email: "demo@example.com", password: "demo-password" }) { accessToken } }`,
    );
    const token = login.logIn.accessToken as string;

    return {
      platform,
      dashboardUrl: platform.dashboardUrl,
      openai,
      browser,
      context,
      page,
      takeConsoleErrors: () => {
        const seen = errors;
        errors = [];
        return seen;
      },
      graphql: (query, variables = {}) => post(platform.gatewayUrl, query, variables, token),
      screenshot: async (name) => {
        await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

async function post(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
) {
  const res = await fetch(url, {
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
