import { describe, expect, it } from 'vitest';
import { signUp, useStack } from './stack.ts';

const CREATE = `mutation ($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret apiKey { id name prefix lastUsedAt } } }`;
const LIST = `query { apiKeys { id name prefix lastUsedAt revokedAt } }`;

describe('personal API keys', () => {
  it('authenticates with a new key, records its use, and refuses it once revoked', async () => {
    const stack = await useStack();
    const person = await signUp(stack, 'Kai');
    const created = await stack.execute(CREATE, { i: { name: 'CI script' } }, person.accessToken);
    expect(created.errors).toBeUndefined();
    const { secret, apiKey } = created.data!.createApiKey;
    expect(secret).toMatch(/^pyat_/);
    expect(secret.startsWith(apiKey.prefix)).toBe(true);
    expect(apiKey.lastUsedAt).toBeNull();

    const me = await stack.execute(`query { me { email } }`, {}, secret);
    expect(me.data!.me.email).toBe(person.email);

    const listed = await stack.execute(LIST, {}, person.accessToken);
    expect(listed.data!.apiKeys).toHaveLength(1);
    expect(listed.data!.apiKeys[0].lastUsedAt).not.toBeNull();
    expect(JSON.stringify(listed.data)).not.toContain(secret);

    await stack.execute(
      `mutation ($id: ID!) { revokeApiKey(id: $id) { revokedAt } }`,
      { id: apiKey.id },
      person.accessToken,
    );
    const refused = await stack.execute(`query { me { email } }`, {}, secret);
    expect(refused.status).toBe(401);
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it("will not revoke someone else's key", async () => {
    const stack = await useStack();
    const owner = await signUp(stack, 'Owner');
    const other = await signUp(stack, 'Other');
    const { apiKey } = (await stack.execute(CREATE, { i: { name: 'mine' } }, owner.accessToken))
      .data!.createApiKey;
    const res = await stack.execute(
      `mutation ($id: ID!) { revokeApiKey(id: $id) { id } }`,
      { id: apiKey.id },
      other.accessToken,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const bogus = await stack.execute(
      `mutation { revokeApiKey(id: "not-a-uuid") { id } }`,
      {},
      other.accessToken,
    );
    expect(bogus.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('API key scopes', () => {
  it('keeps a read-only key to reads, and a key limited to some bases away from the rest', async () => {
    const { startAirtableStack, tableId } = await import('./airtable-stack.ts');
    const s = await startAirtableStack();
    const key = async (input: Record<string, unknown>) =>
      (
        await s.stack.execute(
          `mutation ($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret apiKey { readOnly baseIds } } }`,
          { i: { name: 'Scoped', ...input } },
          s.owner.accessToken,
        )
      ).data!.createApiKey;
    const deals = await tableId(s, 'Deals');
    const origin = new URL(s.stack.gatewayUrl).origin;
    const v0 = (secret: string, method: string, path: string, body?: unknown) =>
      fetch(`${origin}/v0/${path}`, {
        method,
        headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });

    const readOnly = await key({ readOnly: true });
    expect(readOnly.apiKey).toEqual({ readOnly: true, baseIds: [] });
    const read = await s.stack.execute(
      `query ($b: ID!, $t: ID!) { records(baseId: $b, tableId: $t, first: 1) { totalCount } }`,
      { b: s.baseId, t: deals },
      readOnly.secret,
    );
    expect(read.data!.records.totalCount).toBe(300);
    const write = await s.stack.execute(
      `mutation { createWorkspace(input: { name: "Sneaky" }) { id } }`,
      {},
      readOnly.secret,
    );
    expect(write.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await v0(readOnly.secret, 'GET', `${s.baseId}/Deals?maxRecords=1`)).status).toBe(200);
    expect(
      (await v0(readOnly.secret, 'POST', `${s.baseId}/Deals/listRecords`, { maxRecords: 1 }))
        .status,
    ).toBe(200);
    const refused = await v0(readOnly.secret, 'POST', `${s.baseId}/Deals`, {
      fields: { Name: 'x' },
    });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as any).error.type).toBe('INVALID_PERMISSIONS');

    const elsewhere = await key({ baseIds: ['appOtherBase00001'] });
    const hidden = await s.stack.execute(
      `query ($b: ID!) { base(id: $b) { name } }`,
      { b: s.baseId },
      elsewhere.secret,
    );
    expect(hidden.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await (await v0(elsewhere.secret, 'GET', 'meta/bases')).json()).toEqual({ bases: [] });
    const here = await key({ baseIds: [s.baseId] });
    const seen = await s.stack.execute(
      `query ($b: ID!) { base(id: $b) { name } }`,
      { b: s.baseId },
      here.secret,
    );
    expect(seen.data!.base.name).toBe('Demo CRM');
    const bad = await s.stack.execute(
      `mutation { createApiKey(input: { name: "Bad", baseIds: ["not a base"] }) { secret } }`,
      {},
      s.owner.accessToken,
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'baseIds' });
  });
});
