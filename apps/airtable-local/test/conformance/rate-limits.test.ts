import { createStore, createApp, loadAirtableLocalConfig } from '../../src/index.ts';
import { createLogger } from '@pyairtable/subgraph-kit';
import { testEnv } from '@pyairtable/testing';
import { describe, expect, it } from 'vitest';
import { startAirtableLocal } from '../harness.ts';

// Airtable Web API docs, "Rate limits": 5 requests per second per base, 50 per second per
// token; over that, 429 and "you will need to wait 30 seconds before subsequent requests
// will succeed". Webhooks overview, "Rate limits": the webhooks API shares the per-base 5.

const SAMPLE_PARAMS: Record<string, string> = {
  table: 'Deals',
  tableId: 'tblNotAReal00000',
  fieldId: 'fldNotAReal00000',
  webhookId: 'achNotAReal00000',
  recordId: 'recNotAReal00000',
  commentId: 'comNotAReal00000',
};

/** Every /v0 route of the app, as [method, path pattern]. */
function v0Routes(): [string, string][] {
  const config = loadAirtableLocalConfig({ ...testEnv, DATABASE_URL: 'postgres://unused/x' });
  const store = createStore(config.DATABASE_URL);
  const { app, close } = createApp({
    config,
    store,
    logger: createLogger('test', 'silent'),
    now: () => new Date(),
  });
  close();
  void store.close();
  const stack = (
    app as unknown as { router: { stack: { route?: { path: string; methods: object } }[] } }
  ).router.stack;
  return stack.flatMap((layer) =>
    layer.route && layer.route.path.startsWith('/v0')
      ? Object.keys(layer.route.methods).map(
          (m) => [m.toUpperCase(), layer.route!.path] as [string, string],
        )
      : [],
  );
}

/** Sends requests to the base until one is refused, which starts the penalty. */
async function exhaustBase(
  api: (m: string, p: string) => Promise<{ status: number }>,
  baseId: string,
) {
  for (let i = 0; i < 50; i++) {
    if ((await api('GET', `/v0/${baseId}/Deals?maxRecords=1`)).status === 429) return;
  }
  throw new Error('the base was never rate limited');
}

describe('Airtable docs, Rate limits: the same limits on every route', () => {
  it('refuses every route under a base, webhooks included, while the base is penalised (Rate limits: per base)', async () => {
    const { api, baseId } = await startAirtableLocal({
      env: { RATE_LIMIT_PER_BASE: '2', RATE_LIMIT_PENALTY_MS: '600000' },
    });
    const routes = v0Routes().filter(([, path]) => path.includes(':baseId'));
    expect(routes.length).toBeGreaterThanOrEqual(25);
    await exhaustBase(api, baseId);
    for (const [method, pattern] of routes) {
      const path = pattern
        .replace(':baseId', baseId)
        .replace(/:(\w+)/g, (_, name: string) => SAMPLE_PARAMS[name] ?? name);
      const res = await api(method, path, method === 'GET' || method === 'DELETE' ? undefined : {});
      expect({ route: `${method} ${pattern}`, status: res.status }).toEqual({
        route: `${method} ${pattern}`,
        status: 429,
      });
      expect(res.body).toEqual({
        error: {
          type: 'RATE_LIMIT_REACHED',
          message: 'Rate limit exceeded. Please try again later',
        },
      });
    }
  });

  it('keeps routes outside the base open while the base is penalised (Rate limits: per base)', async () => {
    const { api, baseId } = await startAirtableLocal({
      env: { RATE_LIMIT_PER_BASE: '2', RATE_LIMIT_PENALTY_MS: '600000' },
    });
    await exhaustBase(api, baseId);
    expect((await api('GET', '/v0/meta/bases')).status).toBe(200);
  });

  it('limits every /v0 route per token, listing bases included (Rate limits: per token)', async () => {
    const { api, baseId } = await startAirtableLocal({
      env: { RATE_LIMIT_PER_TOKEN: '2', RATE_LIMIT_PENALTY_MS: '600000' },
    });
    for (let i = 0; i < 50; i++) {
      if ((await api('GET', '/v0/meta/bases')).status === 429) break;
    }
    expect((await api('GET', '/v0/meta/bases')).status).toBe(429);
    expect((await api('GET', `/v0/${baseId}/Deals?maxRecords=1`)).status).toBe(429);
    expect((await api('GET', `/v0/bases/${baseId}/webhooks`)).status).toBe(429);
  });
});
