import { connect as connectTcp } from 'node:net';
import {
  allRegistered,
  collect,
  connectGraphqlWs,
  createTestDatabase,
  nextMatching,
  testEnv,
} from '@pyairtable/testing';
import { describe, expect, it, onTestFinished } from 'vitest';
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
  const streams = [s.stack.gatewayUrl, second.url].map((url) =>
    collect(connectGraphqlWs(url, s.owner.accessToken), SUBSCRIPTION, { b: s.baseId, t: deals }),
  );
  // Each gateway acknowledges the subscription once it listens to the bus.
  await allRegistered(streams);
  const CREATE = `mutation ($b: ID!, $t: ID!, $r: [RecordInput!]!) { createRecords(baseId: $b, tableId: $t, records: $r) { status } }`;
  const created = await s.stack.execute(
    CREATE,
    { b: s.baseId, t: deals, r: [{ fields: { Name: 'Scale-out' } }] },
    s.owner.accessToken,
  );
  expect(created.errors).toBeUndefined();
  const named = (r: any) => r.data.recordChanged.record.fields.Name;
  for (const stream of streams) await nextMatching(stream, (r) => named(r) === 'Scale-out');
  // A second, later change arrives after any duplicate of the first would have.
  await s.stack.execute(
    CREATE,
    { b: s.baseId, t: deals, r: [{ fields: { Name: 'After' } }] },
    s.owner.accessToken,
  );
  for (const stream of streams) {
    await nextMatching(stream, (r) => named(r) === 'After');
    expect(stream.results.map(named)).toEqual(['Scale-out', 'After']);
  }
}

describe('subscriptions across gateway processes', () => {
  it('fans out through PostgreSQL LISTEN/NOTIFY without Redis', async () => {
    await deliversToBothGateways({ EVENTS_DATABASE_URL: await createTestDatabase('airtable') });
  });

  it.runIf(redisAnswers)('fans out through Redis when configured', async () => {
    await deliversToBothGateways({ REDIS_URL: 'redis://127.0.0.1:6379' });
  });
});
