import { randomUUID } from 'node:crypto';
import { startAirtableSubgraph } from '@pyairtable/airtable/testing';
import { createMemoryEventBus } from '@pyairtable/events';
import { createGateway, loadGatewayConfig } from '@pyairtable/gateway';
import { main as startIdentity } from '@pyairtable/identity';
import { startLocalMailbox } from '@pyairtable/mail';
import { createLogger, signAccessToken } from '@pyairtable/subgraph-kit';
import {
  createTestDatabase,
  postAsGateway,
  postGraphQL,
  TEST_JWT_SECRET,
  testEnv,
} from '@pyairtable/testing';
import { createClient, type Client } from 'graphql-ws';
import { onTestFinished } from 'vitest';
import WebSocket from 'ws';
import { loadNotificationsConfig } from '../src/config.ts';
import { createNotificationsDeps } from '../src/create-notifications-deps.ts';
import { notify } from '../src/domain/notify.ts';
import { createNotificationsSubgraph } from '../src/subgraph.ts';

const CLOSED_PORT_URL = 'http://127.0.0.1:9/graphql';

export interface Person {
  id: string;
  email: string;
  name: string;
}

/**
 * Notifications as people get them: the notifications subgraph (workers running, email to a
 * real SMTP server started here) behind the gateway with identity, workspaces and airtable
 * (the demo CRM synced), all on one in-process event bus.
 */
export async function startNotifications(options: { env?: Record<string, string> } = {}) {
  const onClose = onTestFinished;
  const airtable = await startAirtableSubgraph({ onClose });
  const mailbox = await startLocalMailbox();
  onClose(() => mailbox.close());
  const identity = await startIdentity({
    ...testEnv,
    PORT: '0',
    DATABASE_URL: await createTestDatabase('identity'),
  });
  onClose(() => identity.close());
  const events = createMemoryEventBus();
  onClose(() => events.close());
  const config = loadNotificationsConfig({
    ...testEnv,
    DATABASE_URL: await createTestDatabase('notifications'),
    WORKSPACES_URL: airtable.workspacesUrl,
    IDENTITY_URL: identity.url,
    AIRTABLE_URL: airtable.url,
    SMTP_URL: mailbox.smtpUrl,
    DASHBOARD_PUBLIC_URL: 'https://app.example.com',
    NOTIFICATIONS_POLL_MS: '200',
    ...options.env,
  });
  const n = await createNotificationsDeps(config, {
    events,
    logger: createLogger('notifications', 'silent'),
  });
  const server = await createNotificationsSubgraph(n.deps).listen(0);
  n.ingest.start();
  n.emails.start();
  onClose(async () => {
    await server.close();
    await n.close();
  });
  await n.ingest.catchUp();

  const gateway = await createGateway({
    config: loadGatewayConfig({
      ...testEnv,
      SUBGRAPH_IDENTITY_URL: identity.url,
      // People's tokens are minted here, not signed in through identity.
      SESSION_CHECK: 'off',
      SUBGRAPH_WORKSPACES_URL: new URL('/graphql', airtable.workspacesUrl).toString(),
      SUBGRAPH_AIRTABLE_URL: airtable.url,
      SUBGRAPH_LLM_URL: CLOSED_PORT_URL,
      SUBGRAPH_WEBHOOKS_URL: CLOSED_PORT_URL,
      SUBGRAPH_NOTIFICATIONS_URL: server.url,
    }),
    logger: createLogger('gateway', 'silent'),
    events,
  }).listen(0);
  onClose(() => gateway.close());

  const bearer = async (person: { id: string; email: string }) =>
    (
      await signAccessToken(
        TEST_JWT_SECRET,
        { userId: person.id, email: person.email, sessionId: randomUUID() },
        new Date(),
        900,
      )
    ).token;
  const gql =
    (person: { id: string; email: string } | null) =>
    async <T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}) =>
      postGraphQL<T>(
        gateway.url,
        query,
        variables,
        person ? { authorization: `Bearer ${await bearer(person)}` } : {},
      );

  /** Someone with an account (identity), not yet a member of anything. */
  async function signUp(name: string): Promise<Person> {
    return signUpAs(
      name,
      `${name.split(' ')[0]!.toLowerCase()}-${randomUUID().slice(0, 6)}@example.com`,
    );
  }

  async function signUpAs(name: string, email: string): Promise<Person> {
    const res = await postAsGateway<any>(
      'identity',
      identity.url,
      `mutation ($i: SignUpInput!) { signUp(input: $i) { user { id } } }`,
      { i: { email, password: 'correct horse battery', name } },
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return { id: res.data.signUp.user.id, email, name };
  }

  /** Invites `person` to the owner's workspace with `role`, and accepts as them. */
  async function join(person: Person, role: 'ADMIN' | 'EDITOR' | 'VIEWER') {
    const workspaces = new URL('/graphql', airtable.workspacesUrl).toString();
    const invited = await postAsGateway<any>(
      'workspaces',
      workspaces,
      `mutation ($i: InviteMemberInput!) { inviteMember(input: $i) { token } }`,
      { i: { workspaceId: airtable.workspaceId, email: person.email, role } },
      { userId: airtable.owner.id, email: airtable.owner.email },
    );
    const accepted = await postAsGateway<any>(
      'workspaces',
      workspaces,
      `mutation ($t: String!) { acceptInvitation(token: $t) { id } }`,
      { t: invited.data.inviteMember.token },
      { userId: person.id, email: person.email },
    );
    if (!accepted.data) throw new Error(JSON.stringify(accepted.errors));
  }

  /** A graphql-ws client of the gateway, signed in as `person`. */
  async function connect(person: Person): Promise<Client> {
    const token = await bearer(person);
    const client = createClient({
      url: gateway.url.replace('http', 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
      lazy: true,
    });
    onTestFinished(() => client.dispose());
    return client;
  }

  /** Stores a notification for `person` directly: a probe that a subscription is listening. */
  const probe = (person: Person, i: number) =>
    notify(n.deps, [{ userId: person.id, email: null }], {
      workspaceId: airtable.workspaceId,
      kind: 'BUDGET_WARNING',
      title: `probe ${i}`,
      body: 'probe',
      url: null,
      data: {},
      sourceKey: `probe:${randomUUID()}`,
    });

  return {
    ...airtable,
    gatewayUrl: gateway.url,
    mailbox,
    notifications: n,
    events,
    gql,
    signUp,
    signUpAs,
    join,
    connect,
    probe,
  };
}

export type Notifications = Awaited<ReturnType<typeof startNotifications>>;

/** Subscribes and collects results; `until(predicate)` waits for a matching one. */
export function collect(client: Client, query: string) {
  const results: any[] = [];
  let wake: (() => void) | undefined;
  const dispose = client.subscribe(
    { query },
    {
      next: (value) => {
        results.push(value);
        wake?.();
      },
      error: (error) => {
        results.push({ errors: [error] });
        wake?.();
      },
      complete: () => undefined,
    },
  );
  onTestFinished(() => dispose());
  return {
    results,
    async until(predicate: (result: any) => boolean, onIdle?: () => Promise<unknown>) {
      while (!results.some(predicate)) {
        const arrived = new Promise<void>((resolve) => (wake = resolve));
        if (onIdle) await Promise.race([arrived, onIdle()]);
        else await arrived;
      }
      return results.find(predicate);
    },
  };
}

/**
 * Waits until a notificationAdded subscription is registered (they register asynchronously),
 * by storing probe notifications until one arrives on it.
 */
export async function waitUntilListening(
  s: Notifications,
  stream: ReturnType<typeof collect>,
  person: Person,
) {
  const heard = () =>
    stream.results.some((r) => r.data?.notificationAdded?.title?.startsWith('probe'));
  for (let i = 0; i < 50 && !heard(); i++) {
    await s.probe(person, i);
    await Promise.race([
      stream.until(() => heard()),
      new Promise((resolve) => setTimeout(resolve, 100)),
    ]);
  }
  if (!heard()) throw new Error('the subscription never registered');
}
