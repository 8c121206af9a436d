import { describe, expect, it } from 'vitest';
import { AIRTABLE_TOKEN, startAirtableStack, tableId } from './airtable-stack.ts';
import { signUp } from './stack.ts';

describe('the Airtable-compatible proxy on the gateway', () => {
  it('serves the official airtable client with a platform API key: reads from the mirror, writes through Airtable', async () => {
    const s = await startAirtableStack();
    const key = await s.stack.execute(
      `mutation { createApiKey(input: { name: "airtable.js" }) { secret } }`,
      {},
      s.owner.accessToken,
    );
    const secret = key.data!.createApiKey.secret as string;
    const Airtable = (await import('airtable')).default;
    const endpointUrl = new URL(s.stack.gatewayUrl).origin;
    const base = new Airtable({ apiKey: secret, endpointUrl, noRetryIfRateLimited: true }).base(
      s.baseId,
    );

    const deals = await base('Deals')
      .select({
        filterByFormula: '{Stage} = "Won"',
        sort: [{ field: 'Amount', direction: 'desc' }],
        pageSize: 50,
      })
      .all();
    expect(deals).toHaveLength(74);
    const amounts = deals.map((d) => d.get('Amount') as number);
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));

    const [created] = await base('Deals').create([{ fields: { Name: 'Via proxy', Amount: 42 } }]);
    expect(created!.get('Name')).toBe('Via proxy');
    const direct = await fetch(`${s.local.url}/v0/${s.baseId}/Deals/${created!.id}`, {
      headers: { authorization: `Bearer ${AIRTABLE_TOKEN}` },
    });
    expect(((await direct.json()) as any).fields.Amount).toBe(42);
    const [updated] = await base('Deals').update([{ id: created!.id, fields: { Amount: 43 } }]);
    expect(updated!.get('Amount')).toBe(43);
    expect((await base('Deals').find(created!.id)).get('Amount')).toBe(43);
    await base('Deals').destroy([created!.id]);
    await expect(base('Deals').find(created!.id)).rejects.toMatchObject({ statusCode: 404 });

    const meta = await fetch(`${endpointUrl}/v0/meta/bases`, {
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(await meta.json()).toEqual({
      bases: [{ id: s.baseId, name: 'Demo CRM', permissionLevel: 'create' }],
    });
  });

  it('refuses callers without a key, and members of other workspaces', async () => {
    const s = await startAirtableStack();
    const endpointUrl = new URL(s.stack.gatewayUrl).origin;
    const anonymous = await fetch(`${endpointUrl}/v0/${s.baseId}/Deals`);
    expect(anonymous.status).toBe(401);
    const stranger = await signUp(s.stack, 'Outsider');
    const res = await fetch(`${endpointUrl}/v0/${s.baseId}/Deals`, {
      headers: { authorization: `Bearer ${stranger.accessToken}` },
    });
    expect(res.status).toBe(403);
    expect(((await res.json()) as any).error.type).toBe('INVALID_PERMISSIONS_OR_MODEL_NOT_FOUND');
  });

  it("forwards Airtable's webhook pings to the airtable subgraph, which checks their MAC", async () => {
    const s = await startAirtableStack({ webhooks: true });
    expect((await s.stack.airtable.deps.db.findBase(s.baseId))!.webhookId).toMatch(/^ach/);
    const origin = new URL(s.stack.gatewayUrl).origin;
    const forged = await fetch(`${origin}/webhooks/airtable/${s.baseId}`, {
      method: 'POST',
      body: '{}',
      headers: { 'x-airtable-content-mac': 'hmac-sha256=00' },
    });
    expect(forged.status).toBe(401);
  });
});

describe('federation over the airtable subgraph', () => {
  it("resolves a person's workspaces' bases and who created a record, across subgraphs", async () => {
    const s = await startAirtableStack();
    const mine = await s.stack.execute(
      `query { me { workspaces { name bases { id name } } } }`,
      {},
      s.owner.accessToken,
    );
    expect(mine.data!.me.workspaces).toEqual([
      { name: 'Sales', bases: [{ id: s.baseId, name: 'Demo CRM' }] },
    ]);
    const created = await s.stack.execute(
      `mutation ($b: ID!, $t: ID!) { createRecords(baseId: $b, tableId: $t, records: [{ fields: { Name: "Federated" } }]) { records { createdBy { email } } } }`,
      { b: s.baseId, t: await tableId(s, 'Deals') },
      s.owner.accessToken,
    );
    expect(created.data!.createRecords.records).toEqual([{ createdBy: { email: s.owner.email } }]);
  });
});
