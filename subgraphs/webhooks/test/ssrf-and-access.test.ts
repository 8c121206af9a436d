import { describe, expect, it, onTestFinished } from 'vitest';
import { CREATE_ENDPOINT, DELIVERIES, startWebhooks } from './harness.ts';
import { startReceiver } from './receiver.ts';

const COUNT = `query ($w: ID!) { webhookEndpoints(workspaceId: $w) { id } }`;
const PING = `mutation ($id: ID!) { testWebhookEndpoint(id: $id) { status lastError attempts } }`;

describe('webhooks: SSRF rules and who may manage endpoints', () => {
  it('refuses URLs that are or resolve to internal addresses, and counts none', async () => {
    // A fake resolver: the refusals are proven without connecting anywhere.
    const answers: Record<string, string[]> = {
      'loopback.example.com': ['127.0.0.1'],
      'metadata.example.com': ['169.254.169.254'],
      'mapped.example.com': ['::ffff:10.1.2.3'],
      'mixed.example.com': ['93.184.216.34', 'fd00::1'],
    };
    const s = await startWebhooks({
      webhooksEnv: { WEBHOOKS_ALLOW_HOSTS: '' },
      resolve: async (host) => answers[host] ?? ['93.184.216.34'],
    });
    for (const url of [
      'http://10.0.0.7/hook',
      'http://127.0.0.1:8080/hook',
      'http://[::1]/hook',
      'http://169.254.169.254/latest/meta-data',
      'http://100.64.1.1/hook',
      'http://224.0.0.1/hook',
      'http://localhost/hook',
      'https://loopback.example.com/hook',
      'https://metadata.example.com/hook',
      'https://mapped.example.com/hook',
      'https://mixed.example.com/hook',
      'ftp://example.com/hook',
    ]) {
      const res = await s.gql(s.owner)(CREATE_ENDPOINT, {
        input: { workspaceId: s.workspaceId, url, eventTypes: ['record.updated'] },
      });
      expect(res.errors?.[0]?.extensions?.code, url).toBe('BAD_USER_INPUT');
    }
    const listed = await s.gql(s.owner)(COUNT, { w: s.workspaceId });
    expect(listed.data!.webhookEndpoints).toEqual([]);
  });

  it('checks the address again at send time, and refuses one that turned internal', async () => {
    const r = await startReceiver();
    onTestFinished(() => r.close());
    let address = '93.184.216.34';
    const s = await startWebhooks({
      webhooksEnv: { WEBHOOKS_ALLOW_HOSTS: '' },
      resolve: async () => [address],
    });
    const port = new URL(r.url).port;
    const created = await s.gql(s.owner)(CREATE_ENDPOINT, {
      input: {
        workspaceId: s.workspaceId,
        url: `http://rebinding.example.com:${port}/hooks`,
        eventTypes: ['record.updated'],
      },
    });
    const endpoint = created.data!.createWebhookEndpoint.endpoint;
    address = '127.0.0.1';
    const ping = await s.gql(s.owner)(PING, { id: endpoint.id });
    expect(ping.data!.testWebhookEndpoint).toMatchObject({ status: 'PENDING', attempts: 1 });
    expect(ping.data!.testWebhookEndpoint.lastError).toMatch(/^Refused: .*127\.0\.0\.1/);
    expect(r.received).toHaveLength(0);
  });

  it('lets workspace admins manage endpoints and no one else see them', async () => {
    const s = await startWebhooks();
    const admin = await s.member('ADMIN');
    const editor = await s.member('EDITOR');
    const stranger = s.factories.person('Stranger');
    const input = {
      workspaceId: s.workspaceId,
      url: 'http://127.0.0.1:9/h',
      eventTypes: ['sync.completed'],
    };
    const refused = await s.gql(editor)(CREATE_ENDPOINT, { input });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const made = await s.gql(admin)(CREATE_ENDPOINT, { input });
    const id = made.data!.createWebhookEndpoint.endpoint.id;
    const unknownType = await s.gql(admin)(CREATE_ENDPOINT, {
      input: { ...input, eventTypes: ['record.moved'] },
    });
    expect(unknownType.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const ONE = `query ($id: ID!) { webhookEndpoint(id: $id) { id } }`;
    for (const person of [editor, stranger]) {
      const res = await s.gql(person)(ONE, { id });
      expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const deliveries = await s.gql(person)(DELIVERIES, { id });
      expect(deliveries.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    const WORKSPACE = `query ($w: ID!) { workspace(id: $w) { webhookEndpoints { id } } }`;
    expect(
      (await s.gql(s.owner)(WORKSPACE, { w: s.workspaceId })).data!.workspace.webhookEndpoints,
    ).toEqual([{ id }]);
    expect(
      (await s.gql(editor)(WORKSPACE, { w: s.workspaceId })).data!.workspace.webhookEndpoints,
    ).toEqual([]);

    // As the gateway resolves references: null for anyone but the workspace's admins.
    const ENTITIES = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on WebhookEndpoint { id url } } }`;
    const { postAsGateway } = await import('@pyairtable/testing');
    const as = (p: { id: string; email: string }) =>
      postAsGateway<any>(
        'webhooks',
        s.webhooksUrl,
        ENTITIES,
        { r: [{ __typename: 'WebhookEndpoint', id }] },
        { userId: p.id, email: p.email },
      );
    expect((await as(admin)).data._entities).toEqual([{ id, url: input.url }]);
    expect((await as(editor)).data._entities).toEqual([null]);
  });
});
