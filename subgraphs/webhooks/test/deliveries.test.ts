import { randomUUID } from 'node:crypto';
import { postAsGateway } from '@pyairtable/testing';
import { Webhook } from 'standardwebhooks';
import { describe, expect, it, onTestFinished } from 'vitest';
import { RETRY_DELAYS_MS } from '../src/domain/retry-schedule.ts';
import {
  CREATE_ENDPOINT,
  DELIVERIES,
  startWebhooks,
  UPDATE_RECORDS,
  type Webhooks,
} from './harness.ts';
import { startReceiver, type ReceivedRequest } from './receiver.ts';

async function receiver(respond?: Parameters<typeof startReceiver>[0]) {
  const r = await startReceiver(respond);
  onTestFinished(() => r.close());
  return r;
}

/** An endpoint made through the gateway by the workspace owner. */
async function createEndpoint(s: Webhooks, input: Record<string, unknown>) {
  const res = await s.gql(s.owner)(CREATE_ENDPOINT, {
    input: { workspaceId: s.workspaceId, ...input },
  });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.createWebhookEndpoint as { endpoint: { id: string }; secret: string };
}

async function firstDeal(s: Webhooks) {
  return (await s.airtable('GET', 'Deals?maxRecords=1')).records[0] as {
    id: string;
    fields: Record<string, unknown>;
  };
}

// Not sending needs a window: the worker looks for due deliveries every 200 ms inside it.
const platformAdmin = {
  userId: randomUUID(),
  email: 'ops@example.com',
  platformRole: 'ADMIN' as const,
};
const setSuspended = (s: Webhooks, suspended: boolean) =>
  postAsGateway<any>(
    'workspaces',
    s.workspacesUrl,
    `mutation ($id: ID!) { ${suspended ? 'adminSuspendWorkspace' : 'adminRestoreWorkspace'}(id: $id) { id } }`,
    { id: s.workspaceId },
    platformAdmin,
  );

const verify = (secret: string, request: ReceivedRequest) =>
  new Webhook(secret).verify(request.body, request.headers as Record<string, string>) as any;

describe('webhooks: signed deliveries of platform changes', () => {
  it('delivers a record change to a local receiver, signed as Standard Webhooks specify', async () => {
    const s = await startWebhooks();
    const r = await receiver();
    const deals = s.tableId('Deals');
    const { endpoint, secret } = await createEndpoint(s, {
      url: r.url,
      eventTypes: ['record.updated'],
      filter: { tableId: deals },
    });
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(endpoint).toMatchObject({ url: r.url, eventTypes: ['record.updated'], enabled: true });

    const deal = await firstDeal(s);
    const res = await s.gql(s.owner)(UPDATE_RECORDS, {
      b: s.baseId,
      t: deals,
      r: [{ id: deal.id, fields: { 'Next Step': 'Send the contract' } }],
    });
    expect(res.data!.updateRecords.status).toBe('APPLIED');

    await r.next(1);
    const request = r.received[0]!;
    expect(request.headers['webhook-id']).toMatch(/^msg_/);
    const payload = verify(secret, request);
    expect(payload).toMatchObject({
      type: 'record.updated',
      data: {
        workspaceId: s.workspaceId,
        baseId: s.baseId,
        tableId: deals,
        tableName: 'Deals',
        recordId: deal.id,
        source: 'platform',
        actorId: s.owner.id,
        record: { id: deal.id, fields: { 'Next Step': 'Send the contract' } },
        changes: {
          'Next Step': { old: deal.fields['Next Step'] ?? null, new: 'Send the contract' },
        },
      },
    });
    expect(payload.data.changedFields).toContain('Next Step');
    // A tampered body fails verification.
    expect(() =>
      verify(secret, { ...request, body: request.body.replace('contract', 'invoice') }),
    ).toThrow();

    const history = await s.gql(s.owner)(DELIVERIES, { id: endpoint.id });
    expect(history.data!.webhookDeliveries.edges[0].node).toMatchObject({
      messageId: request.headers['webhook-id'],
      eventType: 'record.updated',
      status: 'SUCCEEDED',
      attempts: 1,
      lastStatusCode: 200,
      attemptLog: [{ statusCode: 200, responseBody: 'ok', error: null }],
    });
  });

  it('retries a delivery the receiver refused, with the same webhook-id, and records each attempt', async () => {
    const s = await startWebhooks();
    const r = await receiver((_req, i) => (i === 0 ? { status: 500 } : { status: 200 }));
    const { endpoint, secret } = await createEndpoint(s, {
      url: r.url,
      eventTypes: ['record.updated'],
    });
    const deal = await firstDeal(s);
    await s.gql(s.owner)(UPDATE_RECORDS, {
      b: s.baseId,
      t: s.tableId('Deals'),
      r: [{ id: deal.id, fields: { 'Next Step': 'Retry me' } }],
    });
    await r.next(1);
    await expect
      .poll(
        async () =>
          (await s.gql(s.owner)(DELIVERIES, { id: endpoint.id })).data!.webhookDeliveries.edges[0]
            ?.node.attempts,
      )
      .toBe(1);
    // The first retry is due 5 s (±20 %) later.
    s.advance(6_500);
    await r.next(2);
    expect(r.received[1]!.headers['webhook-id']).toBe(r.received[0]!.headers['webhook-id']);
    expect(verify(secret, r.received[1]!).data.record.fields['Next Step']).toBe('Retry me');
    await expect
      .poll(
        async () =>
          (await s.gql(s.owner)(DELIVERIES, { id: endpoint.id })).data!.webhookDeliveries.edges[0]
            .node,
      )
      .toMatchObject({
        status: 'SUCCEEDED',
        attempts: 2,
        attemptLog: [
          { statusCode: 500, responseBody: 'failed', error: 'HTTP 500' },
          { statusCode: 200, error: null },
        ],
      });
  });

  it('moves a delivery to the dead letters after the last attempt, and replays it with its id', async () => {
    const s = await startWebhooks();
    let healthy = false;
    const r = await receiver(() => ({
      status: healthy ? 200 : 503,
      headers: { 'retry-after': '1' },
    }));
    const { endpoint } = await createEndpoint(s, { url: r.url, eventTypes: ['record.updated'] });
    const deal = await firstDeal(s);
    await s.gql(s.owner)(UPDATE_RECORDS, {
      b: s.baseId,
      t: s.tableId('Deals'),
      r: [{ id: deal.id, fields: { 'Next Step': 'Dead letter' } }],
    });
    for (let attempt = 1; attempt <= 10; attempt++) {
      await r.next(attempt);
      await expect
        .poll(
          async () =>
            (await s.gql(s.owner)(DELIVERIES, { id: endpoint.id })).data!.webhookDeliveries.edges[0]
              .node.attempts,
        )
        .toBe(attempt);
      // Past this gap of the schedule and its jitter (+20 %).
      s.advance((RETRY_DELAYS_MS[attempt - 1] ?? 0) * 1.25);
    }
    const dead = await s.gql(s.owner)(DELIVERIES, { id: endpoint.id, status: 'DEAD' });
    const delivery = dead.data!.webhookDeliveries.edges[0].node;
    expect(delivery).toMatchObject({ status: 'DEAD', attempts: 10, lastStatusCode: 503 });
    const counts = await s.gql(s.owner)(
      `query ($id: ID!) { webhookEndpoint(id: $id) { pendingCount deadCount } }`,
      { id: endpoint.id },
    );
    expect(counts.data!.webhookEndpoint).toEqual({ pendingCount: 0, deadCount: 1 });

    healthy = true;
    const replayed = await s.gql(s.owner)(
      `mutation ($id: ID!) { replayWebhookDelivery(id: $id) { status attempts messageId } }`,
      { id: delivery.id },
    );
    expect(replayed.data!.replayWebhookDelivery).toMatchObject({ status: 'PENDING', attempts: 0 });
    await r.next(11);
    expect(r.received[10]!.headers['webhook-id']).toBe(delivery.messageId);
    await expect
      .poll(
        async () =>
          (await s.gql(s.owner)(DELIVERIES, { id: endpoint.id })).data!.webhookDeliveries.edges[0]
            .node.status,
      )
      .toBe('SUCCEEDED');
  });

  it('sends only what the filter wants: the table, the changed fields and the formula', async () => {
    const s = await startWebhooks();
    const r = await receiver();
    const deals = s.tableId('Deals');
    await createEndpoint(s, {
      url: r.url,
      eventTypes: ['record.updated'],
      filter: { tableId: deals, changedFields: ['Stage'], formula: "{Stage} = 'Won'" },
    });
    const records = (await s.airtable('GET', 'Deals?maxRecords=3')).records as { id: string }[];
    await s.gql(s.owner)(UPDATE_RECORDS, {
      b: s.baseId,
      t: deals,
      r: [
        { id: records[0]!.id, fields: { Stage: 'Lost' } },
        { id: records[1]!.id, fields: { 'Next Step': 'Not a stage change' } },
        { id: records[2]!.id, fields: { Stage: 'Won' } },
      ],
    });
    await r.next(1);
    await s.ingest.catchUp();
    expect(r.received.map((q) => q.json.data.recordId)).toEqual([records[2]!.id]);
    expect(r.received[0]!.json.data.changes.Stage.new).toBe('Won');
  });

  it('batches events for an endpoint that asks for it, with one id for the batch', async () => {
    const s = await startWebhooks({ workers: false });
    const r = await receiver();
    const { secret } = await createEndpoint(s, {
      url: r.url,
      eventTypes: ['record.updated'],
      batchSize: 10,
    });
    const records = (await s.airtable('GET', 'Deals?maxRecords=3')).records as { id: string }[];
    await s.gql(s.owner)(UPDATE_RECORDS, {
      b: s.baseId,
      t: s.tableId('Deals'),
      r: records.map((rec, i) => ({ id: rec.id, fields: { 'Next Step': `Batch ${i}` } })),
    });
    await s.ingest.catchUp();
    s.webhooks.worker.start();
    await r.next(1);
    const payload = verify(secret, r.received[0]!);
    expect(r.received[0]!.headers['webhook-id']).toMatch(/^batch_/);
    expect(payload.type).toBe('batch');
    expect(payload.data.map((e: any) => [e.type, e.data.recordId])).toEqual(
      records.map((rec) => ['record.updated', rec.id]),
    );
    expect(new Set(payload.data.map((e: any) => e.id)).size).toBe(3);
  });

  it('signs with both secrets while a rotated one overlaps, then with the new one alone', async () => {
    const s = await startWebhooks();
    const r = await receiver();
    const { endpoint, secret: oldSecret } = await createEndpoint(s, {
      url: r.url,
      eventTypes: ['record.updated'],
    });
    const rotated = await s.gql(s.owner)(
      `mutation ($i: RotateWebhookSecretInput!) { rotateWebhookSecret(input: $i) { secret endpoint { secrets { hint expiresAt } } } }`,
      { i: { id: endpoint.id, overlapHours: 1 } },
    );
    const { secret: newSecret, endpoint: after } = rotated.data!.rotateWebhookSecret;
    expect(newSecret).not.toBe(oldSecret);
    expect(after.secrets).toHaveLength(2);
    const test = await s.gql(s.owner)(
      `mutation ($id: ID!) { testWebhookEndpoint(id: $id) { status eventType attempts } }`,
      { id: endpoint.id },
    );
    expect(test.data!.testWebhookEndpoint).toEqual({
      status: 'SUCCEEDED',
      eventType: 'webhook.test',
      attempts: 1,
    });
    const ping = r.received[0]!;
    expect(String(ping.headers['webhook-signature']).split(' ')).toHaveLength(2);
    expect(verify(oldSecret, ping).type).toBe('webhook.test');
    expect(verify(newSecret, ping).type).toBe('webhook.test');

    // Rotating with no overlap ends every earlier secret at once.
    const again = await s.gql(s.owner)(
      `mutation ($i: RotateWebhookSecretInput!) { rotateWebhookSecret(input: $i) { secret } }`,
      { i: { id: endpoint.id, overlapHours: 0 } },
    );
    const latest = again.data!.rotateWebhookSecret.secret;
    await s.gql(s.owner)(`mutation ($id: ID!) { testWebhookEndpoint(id: $id) { status } }`, {
      id: endpoint.id,
    });
    const later = r.received[1]!;
    expect(String(later.headers['webhook-signature']).split(' ')).toHaveLength(1);
    expect(verify(latest, later).type).toBe('webhook.test');
    expect(() => verify(newSecret, later)).toThrow();
  });

  it('forgets messages and their history after the retention period', async () => {
    const s = await startWebhooks();
    const r = await receiver();
    const { endpoint } = await createEndpoint(s, { url: r.url, eventTypes: ['record.updated'] });
    await s.gql(s.owner)(`mutation ($id: ID!) { testWebhookEndpoint(id: $id) { status } }`, {
      id: endpoint.id,
    });
    const count = async () =>
      (await s.gql(s.owner)(DELIVERIES, { id: endpoint.id })).data!.webhookDeliveries.edges.length;
    expect(await count()).toBe(1);
    s.advance(31 * 86_400_000);
    await expect.poll(count).toBe(0);
  });

  it('holds a suspended workspace’s deliveries in the outbox and sends them once it is restored', async () => {
    const s = await startWebhooks({ workers: false });
    const r = await receiver();
    const { endpoint } = await createEndpoint(s, { url: r.url, eventTypes: ['record.updated'] });
    const deal = await firstDeal(s);
    const res = await s.gql(s.owner)(UPDATE_RECORDS, {
      b: s.baseId,
      t: s.tableId('Deals'),
      r: [{ id: deal.id, fields: { 'Next Step': 'Held while suspended' } }],
    });
    expect(res.data!.updateRecords.status).toBe('APPLIED');
    await s.ingest.catchUp();
    const statuses = async () =>
      (await s.webhooks.db.listDeliveries(endpoint.id, { take: 10 })).map((d) => d.status);
    expect(await statuses()).toEqual(['PENDING']);

    const suspension = s.heard(['workspace.suspensionChanged']);
    expect((await setSuspended(s, true)).errors).toBeUndefined();
    await expect.poll(() => suspension.length).toBe(1);
    s.webhooks.worker.start();
    onTestFinished(() => s.webhooks.worker.stop());
    // A whole pass of the worker, which claims nothing of a suspended workspace.
    await s.webhooks.worker.caughtUp();
    expect(r.received).toHaveLength(0);
    expect(await statuses()).toEqual(['PENDING']);

    expect((await setSuspended(s, false)).errors).toBeUndefined();
    await r.next(1);
    expect(r.received[0]!.json).toMatchObject({
      type: 'record.updated',
      data: { recordId: deal.id },
    });
    await expect.poll(statuses).toEqual(['SUCCEEDED']);
  });

  it('delivers member events heard on the bus', async () => {
    const s = await startWebhooks();
    const r = await receiver();
    await createEndpoint(s, { url: r.url, eventTypes: ['member.joined', 'member.removed'] });
    const viewer = await s.member('VIEWER');
    await r.next(1);
    expect(r.received[0]!.json).toMatchObject({
      type: 'member.joined',
      data: { workspaceId: s.workspaceId, userId: viewer.id, role: 'VIEWER' },
    });
  });

  it('disables an endpoint that failed for three days and announces it', async () => {
    const s = await startWebhooks();
    const disabled = s.heard(['webhook.endpointDisabled']);
    const r = await receiver(() => ({ status: 500 }));
    const { endpoint } = await createEndpoint(s, { url: r.url, eventTypes: ['record.updated'] });
    const ping = `mutation ($id: ID!) { testWebhookEndpoint(id: $id) { status } }`;
    await s.gql(s.owner)(ping, { id: endpoint.id });
    s.advance(73 * 3_600_000);
    await s.gql(s.owner)(ping, { id: endpoint.id });
    await expect.poll(() => disabled.length).toBe(1);
    expect(disabled[0]).toMatchObject({
      workspaceId: s.workspaceId,
      endpointId: endpoint.id,
      url: r.url,
    });
    const now = await s.gql(s.owner)(
      `query ($id: ID!) { webhookEndpoint(id: $id) { enabled disabledReason failingSince } }`,
      { id: endpoint.id },
    );
    expect(now.data!.webhookEndpoint).toMatchObject({ enabled: false, disabledReason: 'FAILING' });
  });
});
