import { describe, expect, it } from 'vitest';
import { createAirtableClient, verifyWebhookMac } from '../src/index.ts';
import { startAirtableLocal, TOKEN } from './start-airtable-local.ts';
import { startPingReceiver } from './start-ping-receiver.ts';

const TABLE_DATA = { options: { filters: { dataTypes: ['tableData' as const] } } };

describe('webhooks against airtable-local', () => {
  it('creates a webhook, reads changes as payloads by cursor, refreshes and deletes it', async () => {
    const { url, baseId } = await startAirtableLocal();
    const client = createAirtableClient({ apiUrl: url, token: TOKEN });

    const hook = await client.createWebhook(baseId, { specification: TABLE_DATA });
    expect(hook).toMatchObject({
      id: expect.stringMatching(/^ach/),
      macSecretBase64: expect.any(String),
    });
    const { records } = await client.createRecords(baseId, 'Deals', [
      { fields: { Name: 'Hooked', Amount: 10 } },
    ]);
    const deal = records[0]!;

    const first = await client.listWebhookPayloads(baseId, hook.id);
    expect(first).toMatchObject({ cursor: 2, mightHaveMore: false });
    expect(first.payloads).toHaveLength(1);
    const created = Object.values(first.payloads[0]!.changedTablesById ?? {});
    expect(created.some((t) => t.createdRecordsById?.[deal.id])).toBe(true);

    await client.updateRecords(baseId, 'Deals', [{ id: deal.id, fields: { Amount: 20 } }]);
    const second = await client.listWebhookPayloads(baseId, hook.id, first.cursor);
    expect(second).toMatchObject({ cursor: 3, mightHaveMore: false });
    const changed = Object.values(second.payloads[0]!.changedTablesById ?? {}).find(
      (t) => t.changedRecordsById?.[deal.id],
    );
    expect(
      Object.values(changed!.changedRecordsById![deal.id]!.current.cellValuesByFieldId),
    ).toEqual([20]);
    expect(await client.listWebhookPayloads(baseId, hook.id, second.cursor)).toEqual({
      payloads: [],
      cursor: 3,
      mightHaveMore: false,
    });

    await client.setWebhookNotifications(baseId, hook.id, false);
    const { webhooks } = await client.listWebhooks(baseId);
    expect(webhooks).toEqual([
      expect.objectContaining({
        id: hook.id,
        cursorForNextPayload: 3,
        isHookEnabled: true,
        areNotificationsEnabled: false,
      }),
    ]);
    expect((await client.refreshWebhook(baseId, hook.id)).expirationTime).toEqual(
      expect.any(String),
    );
    await client.deleteWebhook(baseId, hook.id);
    expect(await client.listWebhooks(baseId)).toEqual({ webhooks: [] });
  });

  it('verifies the MAC of a real notification ping and rejects it on another body', async () => {
    const { url, baseId } = await startAirtableLocal();
    const client = createAirtableClient({ apiUrl: url, token: TOKEN });
    const receiver = await startPingReceiver();
    const hook = await client.createWebhook(baseId, {
      notificationUrl: receiver.url,
      specification: TABLE_DATA,
    });

    const pinged = receiver.next();
    await client.createRecords(baseId, 'Deals', [{ fields: { Name: 'Ping me' } }]);
    const ping = await pinged;

    expect(JSON.parse(ping.body)).toMatchObject({ base: { id: baseId }, webhook: { id: hook.id } });
    expect(verifyWebhookMac(hook.macSecretBase64, ping.body, ping.mac)).toBe(true);
    expect(verifyWebhookMac(hook.macSecretBase64, `${ping.body} `, ping.mac)).toBe(false);
  });
});
