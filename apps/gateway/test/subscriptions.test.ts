import { allRegistered, collect, connectGraphqlWs, nextMatching } from '@pyairtable/testing';
import { createClient } from 'graphql-ws';
import { describe, expect, it, onTestFinished } from 'vitest';
import WebSocket from 'ws';
import { startAirtableStack, tableId } from './airtable-stack.ts';
import { signUp } from './stack.ts';

const SUBSCRIPTION = `subscription ($b: ID!, $t: ID!, $f: String) {
  recordChanged(baseId: $b, tableId: $t, filterByFormula: $f) { kind changedFields recordId record { id fields createdBy { email } } }
}`;

describe('subscriptions through the gateway', () => {
  it('delivers a record change with a field from another subgraph, and honours the formula filter', async () => {
    const s = await startAirtableStack();
    const deals = await tableId(s, 'Deals');
    const client = connectGraphqlWs(s.stack.gatewayUrl, s.owner.accessToken);
    const all = collect(client, SUBSCRIPTION, { b: s.baseId, t: deals });
    const bigOnly = collect(client, SUBSCRIPTION, { b: s.baseId, t: deals, f: '{Amount} > 1000' });
    const CREATE = `mutation ($b: ID!, $t: ID!, $r: [RecordInput!]!) { createRecords(baseId: $b, tableId: $t, records: $r) { records { id } } }`;
    // The gateway acknowledges each subscription once it listens: nothing is missed after that.
    await allRegistered([all, bigOnly]);

    await s.stack.execute(
      CREATE,
      { b: s.baseId, t: deals, r: [{ fields: { Name: 'Small one', Amount: 10 } }] },
      s.owner.accessToken,
    );
    const big = await s.stack.execute(
      CREATE,
      { b: s.baseId, t: deals, r: [{ fields: { Name: 'Big one', Amount: 5000 } }] },
      s.owner.accessToken,
    );
    await all.next(2);
    await bigOnly.next(1);
    const named = (stream: typeof all) => stream.results.map((r) => r.data.recordChanged);

    const change = named(all)[1];
    expect(change).toMatchObject({
      kind: 'CREATED',
      recordId: big.data!.createRecords.records[0].id,
    });
    expect(change.record.fields).toMatchObject({ Name: 'Big one', Amount: 5000 });
    expect(change.record.createdBy).toEqual({ email: s.owner.email });
    expect(named(bigOnly).map((c) => c.record.fields.Name)).toEqual(['Big one']);
    expect(named(all).map((c) => c.record.fields.Name)).toEqual(['Small one', 'Big one']);
  });

  it('refuses a connection without credentials and a subscription to another workspace', async () => {
    const s = await startAirtableStack();
    const deals = await tableId(s, 'Deals');
    const anonymous = createClient({
      url: s.stack.gatewayUrl.replace('http', 'ws'),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      lazy: true,
    });
    onTestFinished(() => anonymous.dispose());
    const refused = collect(anonymous, SUBSCRIPTION, { b: s.baseId, t: deals });
    await refused.next(1);
    expect((refused.errors[0] as { code?: number }).code).toBe(4403);

    const stranger = await signUp(s.stack, 'Stranger');
    const outsider = collect(
      connectGraphqlWs(s.stack.gatewayUrl, stranger.accessToken),
      SUBSCRIPTION,
      {
        b: s.baseId,
        t: deals,
      },
    );
    await outsider.next(1);
    // Another workspace's base does not exist for them.
    expect(outsider.results[0].errors[0].extensions.code).toBe('NOT_FOUND');
  });
});

describe('sync and schema subscriptions', () => {
  it('streams sync progress and table schema changes of a base', async () => {
    const s = await startAirtableStack();
    const client = connectGraphqlWs(s.stack.gatewayUrl, s.owner.accessToken);
    const progress = collect(
      client,
      `subscription ($b: ID!) { syncProgress(baseId: $b) { state recordsDone tablesTotal } }`,
      { b: s.baseId },
    );
    const schema = collect(
      client,
      `subscription ($b: ID!) { tableSchemaChanged(baseId: $b) { tableId table { name fields { name } } } }`,
      { b: s.baseId },
    );
    const deals = await tableId(s, 'Deals');
    await allRegistered([progress, schema]);
    await s.stack.execute(
      `mutation ($b: ID!) { resyncBase(id: $b) { id } }`,
      { b: s.baseId },
      s.owner.accessToken,
    );
    await s.stack.airtable.deps.sync.idle(s.baseId);
    const ready = () => progress.results.some((r) => r.data.syncProgress.state === 'READY');
    while (!ready()) await progress.next(progress.results.length + 1);
    expect(progress.results[0].data.syncProgress.state).toBe('SYNCING');
    expect(
      progress.results.find((r) => r.data.syncProgress.state === 'READY').data.syncProgress,
    ).toMatchObject({
      state: 'READY',
      recordsDone: 1420,
      tablesTotal: 4,
    });

    // A resync may announce the schema too: the field added now is in a later change.
    await fetch(`${s.local.url}/v0/meta/bases/${s.baseId}/tables/${deals}/fields`, {
      method: 'POST',
      headers: {
        authorization: 'Bearer patGatewayTestToken01',
        'content-type': 'application/json',
      },
      body: JSON.stringify({ name: 'Territory', type: 'singleLineText' }),
    });
    await s.stack.airtable.deps.sync.reconcileNow(s.baseId);
    const change = (
      await nextMatching(schema, (r) =>
        r.data.tableSchemaChanged.table?.fields.some((f: any) => f.name === 'Territory'),
      )
    ).data.tableSchemaChanged;
    expect(change.tableId).toBe(deals);
    expect(change.table.name).toBe('Deals');
  });
});

describe('fan-out sharing', () => {
  it('resolves an event once for many subscribers with the same identity and selection', async () => {
    const s = await startAirtableStack();
    const deals = await tableId(s, 'Deals');
    const client = connectGraphqlWs(s.stack.gatewayUrl, s.owner.accessToken);
    const streams = Array.from({ length: 5 }, () =>
      collect(client, SUBSCRIPTION, { b: s.baseId, t: deals }),
    );
    const CREATE = `mutation ($b: ID!, $t: ID!, $r: [RecordInput!]!) { createRecords(baseId: $b, tableId: $t, records: $r) { records { id } } }`;
    await allRegistered(streams);
    // Count the record lookups the airtable subgraph serves for the next event.
    const mirror = s.stack.airtable.deps.mirror;
    const snapshot = mirror.snapshot.bind(mirror);
    let lookups = 0;
    mirror.snapshot = (tableId: string) => (lookups++, snapshot(tableId));
    await s.stack.execute(
      CREATE,
      { b: s.baseId, t: deals, r: [{ fields: { Name: 'Shared', Amount: 1 } }] },
      s.owner.accessToken,
    );
    for (const x of streams)
      await nextMatching(x, (r) => r.data.recordChanged.record.fields.Name === 'Shared');
    mirror.snapshot = snapshot;
    // One lookup answers all five (the mutation's own answer reads it too).
    expect(lookups).toBeLessThanOrEqual(2);
  });
});

describe('connection lifetime', () => {
  it('closes a connection with 4401 when its access token expires', async () => {
    const { startStack } = await import('./stack.ts');
    // JWT expiry has one-second steps: a 1 s token can be dead before a loaded machine has
    // signed up and connected (then the answer is 4403); 3 s leaves room to connect first.
    const stack = await startStack({}, {}, { ACCESS_TOKEN_TTL_SECONDS: '3' });
    onTestFinished(() => stack.close());
    const person = await signUp(stack, 'Brief');
    // A connection that stays open with no subscription (not lazy).
    const client = createClient({
      url: stack.gatewayUrl.replace('http', 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${person.accessToken}` },
      lazy: false,
      onNonLazyError: () => undefined, // the close below is expected
      retryAttempts: 0,
    });
    onTestFinished(() => client.dispose());
    const closed = new Promise<number>((resolve) =>
      client.on('closed', (event) => resolve((event as { code: number }).code)),
    );
    expect(await closed).toBe(4401);
  });
});
