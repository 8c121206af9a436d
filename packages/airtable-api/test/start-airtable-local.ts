import { createStore, main, seedAirtableLocal } from '@pyairtable/airtable-local';
import { demoCrmBase } from '@pyairtable/airtable-local/demo-crm';
import { createTestDatabase, testEnv } from '@pyairtable/testing';
import { onTestFinished } from 'vitest';

export const TOKEN = 'patAirtableApiTest0123456';

let demo: ReturnType<typeof demoCrmBase> | undefined;

/** airtable-local on a fresh database with the Demo CRM base, stopped when the test ends. */
export async function startAirtableLocal(env: Record<string, string> = {}) {
  const databaseUrl = await createTestDatabase('airtable-local');
  const store = createStore(databaseUrl);
  const { baseId } = await seedAirtableLocal(store, {
    token: TOKEN,
    base: () => (demo ??= demoCrmBase()),
    baseName: 'Demo CRM',
  });
  const server = await main({
    ...testEnv,
    PORT: '0',
    DATABASE_URL: databaseUrl,
    RATE_LIMIT_PER_BASE: '1000',
    RATE_LIMIT_PER_TOKEN: '1000',
    WEBHOOKS_ALLOW_PRIVATE_URLS: 'true',
    ...env,
  });
  onTestFinished(async () => {
    await server.close();
    await store.close();
  });
  return { url: server.url, baseId };
}

/** A fetch that records every request it sends and the status it got. */
export function createRecordingFetch() {
  const calls: { method: string; url: string; status: number; at: number }[] = [];
  const recording: typeof fetch = async (input, init) => {
    const at = Date.now();
    const res = await fetch(input, init);
    calls.push({ method: init?.method ?? 'GET', url: String(input), status: res.status, at });
    return res;
  };
  return { fetch: recording, calls };
}
