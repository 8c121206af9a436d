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
