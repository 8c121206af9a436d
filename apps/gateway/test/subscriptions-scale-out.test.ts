import { connect as connectTcp } from 'node:net';
import { createTestDatabase, testEnv } from '@pyairtable/testing';
import { createClient } from 'graphql-ws';
import { describe, expect, it, onTestFinished } from 'vitest';
import WebSocket from 'ws';
import { main as startGateway } from '../src/index.ts';
import { startAirtableStack, tableId } from './airtable-stack.ts';

const redisAnswers = await new Promise<boolean>((resolve) => {
  const socket = connectTcp({ host: '127.0.0.1', port: 6379, timeout: 500 }, () => {
    socket.end();
    resolve(true);
  });
  socket.on('error', () => resolve(false));
  socket.on('timeout', () => (socket.destroy(), resolve(false)));
});

const SUBSCRIPTION = `subscription ($b: ID!, $t: ID!) { recordChanged(baseId: $b, tableId: $t) { kind record { fields } } }`;

/** Two gateways on one event bus; a record created through the first reaches subscribers of both, once each. */
async function deliversToBothGateways(bus: Record<string, string>) {
  const s = await startAirtableStack({ airtableEnv: bus, gatewayEnv: bus });
  const second = await startGateway({
    ...testEnv,
    ...bus,
    PORT: '0',
    SUBGRAPH_IDENTITY_URL: s.stack.identityUrl,
    SUBGRAPH_WORKSPACES_URL: s.stack.workspacesUrl,
    SUBGRAPH_AIRTABLE_URL: s.stack.airtableUrl,
  });
  onTestFinished(() => second.close());
  const deals = await tableId(s, 'Deals');
  const received: Record<string, string[]> = { first: [], second: [] };
  for (const [name, url] of [
    ['first', s.stack.gatewayUrl],
    ['second', second.url],
  ] as const) {
    const client = createClient({
      url: url.replace('http', 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${s.owner.accessToken}` },
      retryAttempts: 0,
    });
    onTestFinished(() => client.dispose());
    client.subscribe(
      { query: SUBSCRIPTION, variables: { b: s.baseId, t: deals } },
      {
        next: (v: any) => void received[name]!.push(v.data.recordChanged.record.fields.Name),
        error: () => undefined,
        complete: () => undefined,
      },
    );
  }
  const CREATE = `mutation ($b: ID!, $t: ID!, $r: [RecordInput!]!) { createRecords(baseId: $b, tableId: $t, records: $r) { status } }`;
  // Subscriptions register asynchronously: probe until both gateways deliver.
  for (let i = 0; i < 40 && (received.first!.length === 0 || received.second!.length === 0); i++) {
    await s.stack.execute(
      CREATE,
      { b: s.baseId, t: deals, r: [{ fields: { Name: `Probe ${i}` } }] },
      s.owner.accessToken,
    );
    await new Promise((r) => setTimeout(r, 100));
  }
  const created = await s.stack.execute(
    CREATE,
    { b: s.baseId, t: deals, r: [{ fields: { Name: 'Scale-out' } }] },
    s.owner.accessToken,
  );
  expect(created.errors).toBeUndefined();
  const until = async (ok: () => boolean) => {
    for (let i = 0; i < 100 && !ok(); i++) await new Promise((r) => setTimeout(r, 50));
  };
  await until(
    () => received.first!.includes('Scale-out') && received.second!.includes('Scale-out'),
  );
  expect(received.first!.filter((n) => n === 'Scale-out')).toHaveLength(1);
  expect(received.second!.filter((n) => n === 'Scale-out')).toHaveLength(1);
}

describe('subscriptions across gateway processes', () => {
  it('fans out through PostgreSQL LISTEN/NOTIFY without Redis', async () => {
    await deliversToBothGateways({ EVENTS_DATABASE_URL: await createTestDatabase('airtable') });
  });

  it.runIf(redisAnswers)('fans out through Redis when configured', async () => {
    await deliversToBothGateways({ REDIS_URL: 'redis://127.0.0.1:6379' });
  });
});
