import { createTestDatabase, testEnv } from '@pyairtable/testing';
import Airtable from 'airtable';
import { onTestFinished } from 'vitest';
import { createStore, main, seedAirtableLocal } from '../src/index.ts';
import type { BaseSeed } from '../src/seed/base-seed.ts';
import { demoCrmBase } from '../src/seed/demo-crm.ts';

export const TOKEN = 'patTestToken0123456789';

let demo: BaseSeed | undefined;

/** airtable-local on a fresh database, seeded with the demo CRM (or another base). */
export async function startAirtableLocal(
  options: { env?: Record<string, string>; seed?: () => BaseSeed; baseName?: string } = {},
) {
  const databaseUrl = await createTestDatabase('airtable-local');
  const store = createStore(databaseUrl);
  const { baseId } = await seedAirtableLocal(store, {
    token: TOKEN,
    base: options.seed ?? (() => (demo ??= demoCrmBase())),
    baseName: options.baseName ?? 'Demo CRM',
  });
  const server = await main({
    ...testEnv,
    PORT: '0',
    DATABASE_URL: databaseUrl,
    RATE_LIMIT_PER_BASE: '1000',
    RATE_LIMIT_PER_TOKEN: '1000',
    WEBHOOKS_ALLOW_PRIVATE_URLS: 'true',
    ...options.env,
  });
  onTestFinished(async () => {
    await server.close();
    await store.close();
  });
  const api = async (method: string, path: string, body?: unknown, token = TOKEN) => {
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as any };
  };
  const client = new Airtable({
    apiKey: TOKEN,
    endpointUrl: server.url,
    noRetryIfRateLimited: true,
  });
  return { url: server.url, baseId, store, server, api, base: client.base(baseId) };
}
