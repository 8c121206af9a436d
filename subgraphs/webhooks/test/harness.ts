import { randomUUID } from 'node:crypto';
import { startAirtableSubgraph, type Person } from '@pyairtable/airtable/testing';
import { createMemoryEventBus, type PlatformEvent } from '@pyairtable/events';
import { createGateway, loadGatewayConfig } from '@pyairtable/gateway';
import type { ResolveHost } from '@pyairtable/outbound-http';
import { createLogger, signAccessToken } from '@pyairtable/subgraph-kit';
import { createTestDatabase, postGraphQL, TEST_JWT_SECRET, testEnv } from '@pyairtable/testing';
import { onTestFinished } from 'vitest';
import { loadWebhooksConfig } from '../src/config.ts';
import { createWebhooksDeps } from '../src/create-webhooks-deps.ts';
import { createWebhooksSubgraph } from '../src/subgraph.ts';

export type { Person } from '@pyairtable/airtable/testing';

// Nothing listens here: these tests need no identity or assistant.
const CLOSED_PORT_URL = 'http://127.0.0.1:9/graphql';

/**
 * Webhooks as people reach them: the webhooks subgraph (createWebhooksSubgraph on a free port,
 * workers running) behind the gateway with the airtable subgraph (demo CRM synced) and
 * workspaces. Deliveries may reach 127.0.0.1 (WEBHOOKS_ALLOW_HOSTS). Its clock can be moved
 * on, so retry schedules run without waiting.
 */
export async function startWebhooks(
  options: {
    onClose?: (close: () => Promise<void>) => void;
    webhooksEnv?: Record<string, string>;
    resolve?: ResolveHost;
    workers?: boolean;
  } = {},
) {
  const onClose = options.onClose ?? onTestFinished;
  const airtable = await startAirtableSubgraph({ onClose });
  const events = createMemoryEventBus();
  onClose(() => events.close());
  let offsetMs = 0;
  const clock = () => new Date(Date.now() + offsetMs);
  const config = loadWebhooksConfig({
    ...testEnv,
    DATABASE_URL: await createTestDatabase('webhooks'),
    WORKSPACES_URL: airtable.workspacesUrl,
    AIRTABLE_URL: airtable.url,
    WEBHOOKS_ALLOW_HOSTS: '127.0.0.1',
    WEBHOOKS_POLL_MS: '200',
    ...options.webhooksEnv,
  });
  const webhooks = await createWebhooksDeps(config, {
    events,
    clock,
    logger: createLogger('webhooks', 'silent'),
    ...(options.resolve ? { resolve: options.resolve } : {}),
  });
  const server = await createWebhooksSubgraph(webhooks.deps).listen(0);
  if (options.workers !== false) {
    webhooks.ingest.start();
    webhooks.deps.worker.start();
  }
  onClose(async () => {
    await server.close();
    await webhooks.close();
  });
  // The feed starts where the change log is now: only changes made from here on are owed.
  await webhooks.ingest.catchUp();

  const gateway = await createGateway({
    config: loadGatewayConfig({
      ...testEnv,
      SUBGRAPH_IDENTITY_URL: CLOSED_PORT_URL,
      // People's tokens are minted here, not signed in through identity.
      SESSION_CHECK: 'off',
      SUBGRAPH_LLM_URL: CLOSED_PORT_URL,
      SUBGRAPH_NOTIFICATIONS_URL: CLOSED_PORT_URL,
      SUBGRAPH_WORKSPACES_URL: new URL('/graphql', airtable.workspacesUrl).toString(),
      SUBGRAPH_AIRTABLE_URL: airtable.url,
      SUBGRAPH_WEBHOOKS_URL: server.url,
    }),
    logger: createLogger('gateway', 'silent'),
    events,
  }).listen(0);
  onClose(() => gateway.close());

  const bearer = async (person: Person) =>
    (
      await signAccessToken(
        TEST_JWT_SECRET,
        { userId: person.id, email: person.email, sessionId: randomUUID() },
        new Date(),
        900,
      )
    ).token;
  /** Runs an operation through the gateway as `person`. */
  const gql =
    (person: Person) =>
    async <T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}) =>
      postGraphQL<T>(gateway.url, query, variables, {
        authorization: `Bearer ${await bearer(person)}`,
      });
  /** Collects the platform events of the given types from now on. */
  const heard = (types: PlatformEvent['type'][]) => {
    const seen: PlatformEvent[] = [];
    events.subscribe((e) => void seen.push(e), { types });
    return seen;
  };

  return {
    ...airtable,
    gatewayUrl: gateway.url,
    webhooksUrl: server.url,
    webhooks: webhooks.deps,
    ingest: webhooks.ingest,
    events,
    heard,
    gql,
    bearer,
    /** Moves the webhooks subgraph's clock on, and wakes its workers. */
    advance(ms: number) {
      offsetMs += ms;
      webhooks.deps.worker.kick();
    },
  };
}

export type Webhooks = Awaited<ReturnType<typeof startWebhooks>>;

export const CREATE_ENDPOINT = `mutation ($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) { endpoint { id url eventTypes enabled } secret }
}`;

export const DELIVERIES = `query ($id: ID!, $status: WebhookDeliveryStatus) {
  webhookDeliveries(endpointId: $id, first: 50, status: $status) {
    edges { node { id messageId eventType status attempts lastStatusCode lastError
      attemptLog { statusCode latencyMs responseBody error } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

export const UPDATE_RECORDS = `mutation ($b: ID!, $t: ID!, $r: [RecordUpdateInput!]!) {
  updateRecords(baseId: $b, tableId: $t, records: $r) { status }
}`;
