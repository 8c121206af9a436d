import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it, onTestFinished } from 'vitest';
import { contentMac } from '../src/webhooks/content-mac.ts';
import { startAirtableLocal } from './harness.ts';

/** A receiver for notification pings that resolves each ping in turn. */
async function startReceiver() {
  const pings: { body: string; mac: string | undefined }[] = [];
  let wake: (() => void) | undefined;
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      pings.push({ body, mac: req.headers['x-airtable-content-mac'] as string | undefined });
      res.end('ok');
      wake?.();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  onTestFinished(() => new Promise<void>((r) => server.close(() => r())));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    pings,
    next: () => new Promise<void>((resolve) => (wake = resolve)),
  };
}

describe('metadata API', () => {
  it('lists bases and describes tables, fields with options and views', async () => {
    const { api, baseId } = await startAirtableLocal();
    expect((await api('GET', '/v0/meta/bases')).body).toEqual({
      bases: [{ id: baseId, name: 'Demo CRM', permissionLevel: 'create' }],
    });
    const { tables } = (await api('GET', `/v0/meta/bases/${baseId}/tables`)).body;
    expect(tables.map((t: any) => t.name)).toEqual([
      'Companies',
      'Contacts',
      'Deals',
      'Activities',
    ]);
    const deals = tables.find((t: any) => t.name === 'Deals');
    expect(deals.id).toMatch(/^tbl[A-Za-z0-9]{14}$/);
    expect(deals.primaryFieldId).toBe(deals.fields[0].id);
    const company = deals.fields.find((f: any) => f.name === 'Company');
    const companies = tables.find((t: any) => t.name === 'Companies');
    expect(company.options).toMatchObject({
      linkedTableId: companies.id,
      inverseLinkFieldId: companies.fields.find((f: any) => f.name === 'Deals').id,
    });
    expect(deals.fields.find((f: any) => f.name === 'Stage').options.choices[0]).toMatchObject({
      id: expect.stringMatching(/^sel/),
      name: expect.any(String),
    });
    expect(deals.fields.find((f: any) => f.name === 'Expected Revenue').options).toMatchObject({
      isValid: true,
      formula: expect.any(String),
    });
    expect(deals.views.map((v: any) => v.name)).toContain('Open pipeline');
  });

  it('creates a table, adds and renames fields, and stores records in them', async () => {
    const { api, baseId } = await startAirtableLocal();
    const table = (
      await api('POST', `/v0/meta/bases/${baseId}/tables`, {
        name: 'Projects',
        fields: [
          { name: 'Title', type: 'singleLineText' },
          { name: 'Status', type: 'singleSelect', options: { choices: [{ name: 'Active' }] } },
        ],
      })
    ).body;
    expect(table.fields.map((f: any) => f.name)).toEqual(['Title', 'Status']);
    const field = (
      await api('POST', `/v0/meta/bases/${baseId}/tables/${table.id}/fields`, {
        name: 'Budget',
        type: 'currency',
        options: { precision: 2, symbol: '€' },
      })
    ).body;
    expect(field).toMatchObject({
      name: 'Budget',
      type: 'currency',
      options: { precision: 2, symbol: '€' },
    });
    const renamed = (
      await api('PATCH', `/v0/meta/bases/${baseId}/tables/${table.id}/fields/${field.id}`, {
        name: 'Budget (EUR)',
        description: 'Approved',
      })
    ).body;
    expect(renamed).toMatchObject({ id: field.id, name: 'Budget (EUR)', description: 'Approved' });
    const dup = await api('POST', `/v0/meta/bases/${baseId}/tables/${table.id}/fields`, {
      name: 'title',
      type: 'number',
    });
    expect(dup.status).toBe(422);
    const rec = await api('POST', `/v0/${baseId}/Projects`, {
      fields: { Title: 'Launch', 'Budget (EUR)': 1000, Status: 'Active' },
    });
    expect(rec.body.fields).toEqual({ Title: 'Launch', 'Budget (EUR)': 1000, Status: 'Active' });
  });

  it('refuses a token without the scope or the base', async () => {
    const { api, baseId, store } = await startAirtableLocal();
    const { hashToken } = await import('../src/http/authenticate.ts');
    await store.insertToken(hashToken('patReadOnly'), 'read only', ['data.records:read'], null);
    await store.insertToken(
      hashToken('patOtherBase'),
      'other base',
      ['data.records:read'],
      ['appOther123456789'],
    );
    expect(
      (await api('GET', `/v0/${baseId}/Deals?maxRecords=1`, undefined, 'patReadOnly')).status,
    ).toBe(200);
    expect(
      (await api('POST', `/v0/${baseId}/Deals`, { fields: { Name: 'x' } }, 'patReadOnly')).body
        .error.type,
    ).toBe('INVALID_PERMISSIONS_OR_MODEL_NOT_FOUND');
    expect(
      (await api('GET', `/v0/meta/bases/${baseId}/tables`, undefined, 'patReadOnly')).status,
    ).toBe(403);
    expect((await api('GET', `/v0/${baseId}/Deals`, undefined, 'patOtherBase')).status).toBe(403);
  });
});

describe('webhooks', () => {
  it('pings with a valid MAC after a change and serves payloads by cursor', async () => {
    const { api, baseId } = await startAirtableLocal();
    const receiver = await startReceiver();
    const created = (
      await api('POST', `/v0/bases/${baseId}/webhooks`, {
        notificationUrl: receiver.url,
        specification: { options: { filters: { dataTypes: ['tableData'] } } },
      })
    ).body;
    expect(created).toMatchObject({
      id: expect.stringMatching(/^ach/),
      macSecretBase64: expect.any(String),
      expirationTime: expect.any(String),
    });
    expect(new Date(created.expirationTime).getTime() - Date.now()).toBeGreaterThan(
      6.9 * 86_400_000,
    );

    const pinged = receiver.next();
    const deal = (
      await api('POST', `/v0/${baseId}/Deals`, { fields: { Name: 'Hooked', Amount: 10 } })
    ).body;
    await pinged;
    const ping = receiver.pings[0]!;
    expect(JSON.parse(ping.body)).toMatchObject({
      base: { id: baseId },
      webhook: { id: created.id },
    });
    expect(ping.mac).toBe(contentMac(created.macSecretBase64, ping.body));

    const second = receiver.next();
    await api('PATCH', `/v0/${baseId}/Deals/${deal.id}`, { fields: { Amount: 20 } });
    await second;
    const page1 = (await api('GET', `/v0/bases/${baseId}/webhooks/${created.id}/payloads?limit=1`))
      .body;
    expect(page1).toMatchObject({ cursor: 2, mightHaveMore: true, payloadFormat: 'v0' });
    const [first] = page1.payloads;
    const tables = Object.values(first.changedTablesById) as any[];
    expect(tables.some((t) => t.createdRecordsById?.[deal.id])).toBe(true);
    const page2 = (await api('GET', `/v0/bases/${baseId}/webhooks/${created.id}/payloads?cursor=2`))
      .body;
    expect(page2).toMatchObject({ cursor: 3, mightHaveMore: false });
    const changed = (Object.values(page2.payloads[0].changedTablesById) as any[]).find(
      (t) => t.changedRecordsById?.[deal.id],
    );
    const change = changed.changedRecordsById[deal.id];
    expect(Object.values(change.current.cellValuesByFieldId)).toEqual([20]);
    expect(Object.values(change.previous.cellValuesByFieldId)).toEqual([10]);

    const listed = (await api('GET', `/v0/bases/${baseId}/webhooks`)).body.webhooks[0];
    expect(listed).toMatchObject({
      id: created.id,
      cursorForNextPayload: 3,
      notificationUrl: receiver.url,
      isHookEnabled: true,
    });
    expect(listed).not.toHaveProperty('macSecretBase64');
  });

  it('refreshes expiry, deletes, and allows at most 10 per base', async () => {
    const { api, baseId } = await startAirtableLocal();
    const spec = { specification: { options: { filters: { dataTypes: ['tableData'] } } } };
    const ids = [];
    for (let i = 0; i < 10; i++)
      ids.push((await api('POST', `/v0/bases/${baseId}/webhooks`, spec)).body.id);
    const eleventh = await api('POST', `/v0/bases/${baseId}/webhooks`, spec);
    expect(eleventh.status).toBe(422);
    const refreshed = await api('POST', `/v0/bases/${baseId}/webhooks/${ids[0]}/refresh`);
    expect(refreshed.body.expirationTime).toEqual(expect.any(String));
    expect((await api('DELETE', `/v0/bases/${baseId}/webhooks/${ids[0]}`)).status).toBe(200);
    expect((await api('POST', `/v0/bases/${baseId}/webhooks`, spec)).status).toBe(200);
    expect((await api('DELETE', `/v0/bases/${baseId}/webhooks/achNope1234567890`)).status).toBe(
      404,
    );
  });
});
