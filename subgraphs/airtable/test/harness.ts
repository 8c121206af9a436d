import { createServer } from 'node:net';
import { startAirtableLocal } from '@pyairtable/airtable-local/testing';
import { createMemoryEventBus, type PlatformEvent } from '@pyairtable/events';
import { createLogger } from '@pyairtable/subgraph-kit';
import { createTestDatabase, fetchAsGateway, postAsGateway, testEnv } from '@pyairtable/testing';
import {
  createWorkspacesDeps,
  createWorkspacesSubgraph,
  loadWorkspacesConfig,
} from '@pyairtable/workspaces';
import { onTestFinished } from 'vitest';
import { loadAirtableConfig } from '../src/config.ts';
import { createAirtableDeps } from '../src/create-airtable-deps.ts';
import { createAirtableSubgraph } from '../src/subgraph.ts';
import { createFactories, type Person } from './factories.ts';

export const AIRTABLE_TOKEN = 'patAirtableSubgraphTest01';
export type { Person } from './factories.ts';

/** A port free right now on loopback (for a server that must know its URL before it listens). */
async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The workspaces subgraph on a fresh database: it answers the airtable subgraph's role checks. */
async function startWorkspaces(onClose: (close: () => Promise<void>) => void) {
  const config = loadWorkspacesConfig({
    ...testEnv,
    DATABASE_URL: await createTestDatabase('workspaces'),
  });
  const { deps, close } = await createWorkspacesDeps(config, {
    events: createMemoryEventBus(),
    logger: createLogger('workspaces', 'silent'),
  });
  const server = await createWorkspacesSubgraph(deps).listen(0);
  onClose(async () => {
    await server.close();
    await close();
    await deps.events.close();
  });
  return server;
}

export interface AirtableSubgraphOptions {
  /** airtable-local settings (rate limits, faults). */
  localEnv?: Record<string, string>;
  /** airtable subgraph settings. */
  airtableEnv?: Record<string, string>;
  /** Connect and sync the demo base for the owner (default); false leaves it unconnected. */
  sync?: boolean;
  /** Give the subgraph a public URL (its own), so it uses Airtable webhooks. */
  webhooks?: boolean;
  /** Registers the shutdown; the current test's end by default (afterAll for a shared one). */
  onClose?: (close: () => Promise<void>) => void;
  /**
   * Starts the permissions subgraph the airtable subgraph asks (given the workspaces
   * subgraph it needs) and returns its URL; without it, access is by workspace role alone.
   */
  permissions?: (workspacesUrl: string) => Promise<string>;
}

/**
 * The airtable subgraph as the gateway sees it, built from `createAirtableSubgraph` on a free
 * port with its sync engine and writer running, against airtable-local (the demo CRM) and the
 * workspaces subgraph. An owner's workspace has the demo base connected and synced.
 */
export async function startAirtableSubgraph(options: AirtableSubgraphOptions = {}) {
  const onClose = options.onClose ?? onTestFinished;
  const local = await startAirtableLocal({ env: options.localEnv, token: AIRTABLE_TOKEN, onClose });
  const workspaces = await startWorkspaces(onClose);
  const port = options.webhooks ? await freePort() : 0;
  const config = loadAirtableConfig({
    ...testEnv,
    DATABASE_URL: await createTestDatabase('airtable'),
    WORKSPACES_URL: workspaces.url,
    AIRTABLE_API_URL: local.url,
    PERMISSIONS_URL: options.permissions ? await options.permissions(workspaces.url) : 'none',
    ...(options.webhooks ? { PUBLIC_URL: `http://127.0.0.1:${port}` } : {}),
    POLL_INTERVAL_MS: '100000',
    RECONCILE_INTERVAL_MS: '100000',
    BASE_REQUESTS_PER_SECOND: '1000',
    TOKEN_REQUESTS_PER_SECOND: '1000',
    ...options.airtableEnv,
  });
  const { deps, close } = await createAirtableDeps(config, {
    logger: createLogger('airtable', 'silent'),
  });
  const server = await createAirtableSubgraph(deps).listen(port);
  deps.sync.start();
  deps.writer.start();
  onClose(async () => {
    await server.close();
    await close();
  });

  /** Runs an operation on the airtable subgraph, signed as the gateway would for `person`. */
  const as =
    (person: Person | null) =>
    <T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}) =>
      postAsGateway<T>(
        'airtable',
        server.url,
        query,
        variables,
        person ? { userId: person.id, email: person.email } : {},
      );
  /** Calls the subgraph's Airtable-compatible REST API as `person`. */
  const rest = (person: Person | null) => async (method: string, path: string, body?: unknown) => {
    const res = await fetchAsGateway(
      'airtable',
      new URL(path, server.url),
      {
        method,
        headers: { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      },
      person ? { userId: person.id, email: person.email } : {},
    );
    return { status: res.status, body: (await res.json()) as any };
  };
  /** Calls airtable-local directly, as another Airtable client of the base would. */
  const airtable = async (method: string, path: string, body?: unknown) =>
    (await local.api(method, `/v0/${local.baseId}/${path}`, body)).body;
  /** Collects the platform events of the given types from now on. */
  const events = (types: PlatformEvent['type'][]) => {
    const seen: PlatformEvent[] = [];
    deps.events.subscribe((e) => void seen.push(e), { types });
    return seen;
  };

  const factories = createFactories({ workspacesUrl: workspaces.url });
  const owner = factories.person('Owner');
  const workspaceId = await factories.workspace(owner);
  const connected = await as(owner)(
    `mutation ($i: ConnectAirtableInput!) { connectAirtable(input: $i) { id tokenHint availableBases { id name synced } } }`,
    { i: { workspaceId, name: 'Local', token: AIRTABLE_TOKEN } },
  );
  if (!connected.data) throw new Error(JSON.stringify(connected.errors));
  const connection = connected.data.connectAirtable;
  if (options.sync !== false) {
    const synced = await as(owner)(`mutation ($i: SyncBaseInput!) { syncBase(input: $i) { id } }`, {
      i: { connectionId: connection.id, baseId: local.baseId },
    });
    if (!synced.data) throw new Error(JSON.stringify(synced.errors));
    await deps.sync.idle(local.baseId);
  }
  const tables = new Map((await deps.db.listTables(local.baseId)).map((t) => [t.name, t.id]));

  return {
    url: server.url,
    workspacesUrl: workspaces.url,
    deps,
    local,
    baseId: local.baseId,
    owner,
    workspaceId,
    connection,
    factories,
    as,
    rest,
    airtable,
    events,
    /** The mirror's id of a demo table. */
    tableId: (name: string) => tables.get(name)!,
    /** A new person who joined the owner's workspace with `role`. */
    member: (role: 'ADMIN' | 'EDITOR' | 'VIEWER') => factories.member({ owner, workspaceId }, role),
  };
}

export type AirtableSubgraph = Awaited<ReturnType<typeof startAirtableSubgraph>>;
