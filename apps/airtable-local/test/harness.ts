import { createTestDatabase, testEnv } from '@pyairtable/testing';
import Airtable from 'airtable';
import { onTestFinished } from 'vitest';
import { ALL_SCOPES, hashToken } from '../src/http/authenticate.ts';
import { createStore, main, seedAirtableLocal } from '../src/index.ts';
import type { BaseSeed } from '../src/seed/base-seed.ts';
import { demoCrmBase } from '../src/seed/demo-crm.ts';

export const TOKEN = 'patTestToken0123456789';

let demo: BaseSeed | undefined;

/**
 * airtable-local on a fresh database, seeded with the demo CRM (or another base), closed when
 * the current test finishes (or by `onClose`). Other workspaces' tests use it as their
 * Airtable (`@pyairtable/airtable-local/testing`).
 */
export async function startAirtableLocal(
  options: {
    env?: Record<string, string>;
    seed?: () => BaseSeed;
    baseName?: string;
    token?: string;
    onClose?: (close: () => Promise<void>) => void;
  } = {},
) {
  const token = options.token ?? TOKEN;
  const databaseUrl = await createTestDatabase('airtable-local');
  const store = createStore(databaseUrl);
  const { baseId } = await seedAirtableLocal(store, {
    token,
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
  (options.onClose ?? onTestFinished)(async () => {
    await server.close();
    await store.close();
  });
  const api = async (method: string, path: string, body?: unknown, bearer = token) => {
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as any };
  };
  const client = new Airtable({
    apiKey: token,
    endpointUrl: server.url,
    noRetryIfRateLimited: true,
  });
  /** Issues another personal access token (all scopes and bases unless narrowed). */
  const addToken = (
    secret: string,
    options: { scopes?: string[]; baseIds?: string[] | null; name?: string } = {},
  ) =>
    store.insertToken(
      hashToken(secret),
      options.name ?? 'another',
      options.scopes ?? ALL_SCOPES,
      options.baseIds ?? null,
    );
  return {
    url: server.url,
    baseId,
    token,
    store,
    server,
    api,
    addToken,
    base: client.base(baseId),
  };
}
