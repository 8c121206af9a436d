import { createMemoryEventBus, type EventBus, type PlatformEvent } from '@pyairtable/events';
import { createLogger } from '@pyairtable/subgraph-kit';
import { createTestDatabase, postAsGateway, testEnv } from '@pyairtable/testing';
import { onTestFinished } from 'vitest';
import { loadWorkspacesConfig } from '../src/config.ts';
import { createWorkspacesDeps } from '../src/create-workspaces-deps.ts';
import { createWorkspacesSubgraph } from '../src/subgraph.ts';

/**
 * The workspaces subgraph on a fresh database and a free port, built with
 * createWorkspacesSubgraph; `as(person)` runs operations signed as the gateway would.
 */
export async function startWorkspacesSubgraph(
  options: {
    env?: Record<string, string>;
    events?: EventBus;
    onClose?: (close: () => Promise<void>) => void;
  } = {},
) {
  const onClose = options.onClose ?? onTestFinished;
  const config = loadWorkspacesConfig({
    ...testEnv,
    DATABASE_URL: await createTestDatabase('workspaces'),
    ...options.env,
  });
  const events = options.events ?? createMemoryEventBus();
  const { deps, close } = await createWorkspacesDeps(config, {
    events,
    logger: createLogger('workspaces', 'silent'),
  });
  const server = await createWorkspacesSubgraph(deps).listen(0);
  onClose(async () => {
    await server.close();
    await close();
    if (!options.events) await events.close();
  });
  /** Collects the platform events of the given types from now on. */
  const heard = (types: PlatformEvent['type'][]) => {
    const seen: PlatformEvent[] = [];
    events.subscribe((e) => void seen.push(e), { types });
    return seen;
  };
  const as =
    (user: { id: string; email: string }) =>
    (query: string, variables: Record<string, unknown> = {}) =>
      postAsGateway<any>('workspaces', server.url, query, variables, {
        userId: user.id,
        email: user.email,
      });
  return { url: server.url, deps, events, heard, as };
}
