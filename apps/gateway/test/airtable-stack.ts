import {
  createStore,
  main as startAirtableLocal,
  seedAirtableLocal,
} from '@pyairtable/airtable-local';
import { demoCrmBase } from '@pyairtable/airtable-local/demo-crm';
import { createTestDatabase, testEnv } from '@pyairtable/testing';
import { onTestFinished } from 'vitest';
import { signUp, startStack } from './stack.ts';

export const AIRTABLE_TOKEN = 'patGatewayTestToken01';

let demo: ReturnType<typeof demoCrmBase> | undefined;

/** A port free right now on loopback. */
async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** airtable-local with the demo base, the full stack pointed at it, and an owner whose workspace syncs the base. */
export async function startAirtableStack(
  options: {
    localEnv?: Record<string, string>;
    airtableEnv?: Record<string, string>;
    sync?: boolean;
    /** Give the airtable subgraph a public URL (the gateway's), so it uses Airtable webhooks. */
    webhooks?: boolean;
    /** Gateway settings (e.g. the event bus to share). */
    gatewayEnv?: Record<string, string>;
    /** Registers the stack's shutdown; the current test's end by default (afterAll for a shared stack). */
    onClose?: (close: () => Promise<void>) => void;
  } = {},
) {
  const localDb = await createTestDatabase('airtable-local');
  const store = createStore(localDb);
  const { baseId } = await seedAirtableLocal(store, {
    token: AIRTABLE_TOKEN,
    base: () => (demo ??= demoCrmBase()),
    baseName: 'Demo CRM',
  });
  await store.close();
  const local = await startAirtableLocal({
    ...testEnv,
    PORT: '0',
    DATABASE_URL: localDb,
    RATE_LIMIT_PER_BASE: '1000',
    RATE_LIMIT_PER_TOKEN: '1000',
    WEBHOOKS_ALLOW_PRIVATE_URLS: 'true',
    ...options.localEnv,
  });
  // With webhooks, the gateway's port is chosen first so the subgraph knows its public URL.
  const gatewayPort = options.webhooks ? await freePort() : 0;
  const stack = await startStack(
    { PORT: String(gatewayPort), ...options.gatewayEnv },
    {
      ...(options.webhooks ? { PUBLIC_URL: `http://127.0.0.1:${gatewayPort}` } : {}),
      AIRTABLE_API_URL: local.url,
      RUN_WORKERS: 'true',
      POLL_INTERVAL_MS: '100000',
      RECONCILE_INTERVAL_MS: '100000',
      BASE_REQUESTS_PER_SECOND: '1000',
      TOKEN_REQUESTS_PER_SECOND: '1000',
      ...options.airtableEnv,
    },
  );
  (options.onClose ?? onTestFinished)(async () => {
    await stack.close();
    await local.close();
  });
  const owner = await signUp(stack, 'Owner');
  const ws = await stack.execute(
    `mutation { createWorkspace(input: { name: "Sales" }) { id } }`,
    {},
    owner.accessToken,
  );
  const workspaceId = ws.data!.createWorkspace.id as string;
  const connection = await stack.execute(
    `mutation ($i: ConnectAirtableInput!) { connectAirtable(input: $i) { id tokenHint availableBases { id name synced } } }`,
    { i: { workspaceId, name: 'Local', token: AIRTABLE_TOKEN } },
    owner.accessToken,
  );
  if (!connection.data) throw new Error(JSON.stringify(connection.errors));
  const connectionId = connection.data.connectAirtable.id as string;
  if (options.sync !== false) {
    await stack.execute(
      `mutation ($i: SyncBaseInput!) { syncBase(input: $i) { id } }`,
      { i: { connectionId, baseId } },
      owner.accessToken,
    );
    await stack.airtable.deps.sync.idle(baseId);
  }
  return {
    stack,
    local,
    baseId,
    owner,
    workspaceId,
    connectionId,
    connection: connection.data.connectAirtable,
  };
}

/** The id of a table of the demo base in the mirror. */
export async function tableId(
  s: Awaited<ReturnType<typeof startAirtableStack>>,
  name: string,
): Promise<string> {
  const res = await s.stack.execute(
    `query ($id: ID!, $t: String!) { base(id: $id) { table(idOrName: $t) { id } } }`,
    { id: s.baseId, t: name },
    s.owner.accessToken,
  );
  return res.data!.base.table.id;
}
