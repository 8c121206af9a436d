import { CONTEXT_HEADER, serviceCaller, signRequest } from '@pyairtable/subgraph-kit';
import { postAsGateway, postGraphQL, TEST_SIGNING_SECRET } from '@pyairtable/testing';
import { describe, expect, it } from 'vitest';
import { signUp, useStack } from './stack.ts';

describe('access control', () => {
  it('answers me with null for anonymous callers and refuses anonymous mutations', async () => {
    const stack = await useStack();
    expect((await stack.execute(`query { me { id } }`)).data).toEqual({ me: null });
    const res = await stack.execute(`mutation { createWorkspace(input: { name: "x" }) { id } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await stack.execute(`query { apiKeys { id } }`)).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('refuses invalid and forged bearer tokens with 401', async () => {
    const stack = await useStack();
    const person = await signUp(stack, 'Tess');
    const forged = person.accessToken.slice(0, -4) + 'AAAA';
    for (const bearer of [forged, 'not.a.jwt', 'pyat_unknownkey']) {
      const res = await stack.execute(`query { me { id } }`, {}, bearer);
      expect(res.status).toBe(401);
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('refuses a malformed or oversized Authorization header with 401, not an outage', async () => {
    const stack = await useStack();
    for (const authorization of [
      `Bearer pyat_${'k'.repeat(6000)}`,
      `Bearer ${'e'.repeat(6000)}`,
      'Bearer two words',
      'Bearer',
      'Basic dXNlcjpwYXNz',
      'Bearer "quoted"',
    ]) {
      const res = await postGraphQL(stack.gatewayUrl, `query { me { id } }`, {}, { authorization });
      expect(res.status, authorization.slice(0, 20)).toBe(401);
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it("keeps one workspace's members out of another workspace", async () => {
    const stack = await useStack();
    const alice = await signUp(stack, 'Alice');
    const mallory = await signUp(stack, 'Mallory');
    const ws = await stack.execute(
      `mutation { createWorkspace(input: { name: "Alice Co" }) { id } }`,
      {},
      alice.accessToken,
    );
    const workspaceId = ws.data!.createWorkspace.id;

    const read = await stack.execute(
      `query ($id: ID!) { workspace(id: $id) { name members { user { email } } } }`,
      { id: workspaceId },
      mallory.accessToken,
    );
    // Which subgraph refused is not the client's business (Apollo's gateway adds serviceName).
    expect(read.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN' });
    expect(read.data?.workspace ?? null).toBeNull();

    const invite = await stack.execute(
      `mutation ($i: InviteMemberInput!) { inviteMember(input: $i) { token } }`,
      { i: { workspaceId, email: mallory.email, role: 'ADMIN' } },
      mallory.accessToken,
    );
    expect(invite.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const rename = await stack.execute(
      `mutation ($i: RenameWorkspaceInput!) { renameWorkspace(input: $i) { name } }`,
      { i: { id: workspaceId, name: 'Pwned' } },
      mallory.accessToken,
    );
    expect(rename.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const mine = await stack.execute(`query { me { workspaces { id } } }`, {}, mallory.accessToken);
    expect(mine.data!.me.workspaces).toEqual([]);
  });

  it('lets a viewer read but not invite', async () => {
    const stack = await useStack();
    const owner = await signUp(stack, 'Own');
    const viewer = await signUp(stack, 'View');
    const workspaceId = (
      await stack.execute(
        `mutation { createWorkspace(input: { name: "W" }) { id } }`,
        {},
        owner.accessToken,
      )
    ).data!.createWorkspace.id;
    const { token } = (
      await stack.execute(
        `mutation ($i: InviteMemberInput!) { inviteMember(input: $i) { token } }`,
        { i: { workspaceId, email: viewer.email, role: 'VIEWER' } },
        owner.accessToken,
      )
    ).data!.inviteMember;
    await stack.execute(
      `mutation ($t: String!) { acceptInvitation(token: $t) { id } }`,
      { t: token },
      viewer.accessToken,
    );

    const read = await stack.execute(
      `query ($id: ID!) { workspace(id: $id) { role invitations { id } } }`,
      { id: workspaceId },
      viewer.accessToken,
    );
    expect(read.data!.workspace).toEqual({ role: 'VIEWER', invitations: [] });
    const invite = await stack.execute(
      `mutation ($i: InviteMemberInput!) { inviteMember(input: $i) { token } }`,
      { i: { workspaceId, email: 'x@example.com', role: 'VIEWER' } },
      viewer.accessToken,
    );
    expect(invite.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('has subgraphs refuse requests that the gateway did not sign', async () => {
    const stack = await useStack();
    for (const [audience, url] of [
      ['identity', stack.identityUrl],
      ['workspaces', stack.workspacesUrl],
    ] as const) {
      const unsigned = await postGraphQL(url, `query { __typename }`);
      expect(unsigned.status).toBe(401);
      expect(unsigned.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const forged = await postAsGateway(
        audience,
        url,
        `query { __typename }`,
        {},
        { userId: 'x' },
        'a-secret-that-is-not-the-gateways-secret',
      );
      expect(forged.status).toBe(401);
      const stale = await postAsGateway(
        audience,
        url,
        `query { __typename }`,
        {},
        {
          issuedAt: Date.now() - 10 * 60_000,
        },
      );
      expect(stale.status).toBe(401);
      const signed = await postAsGateway(audience, url, `query { __typename }`);
      expect(signed.status).toBe(200);
    }
    const internal = await fetch(new URL('/internal/api-keys/verify', stack.identityUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ secret: 'pyat_x' }),
    });
    expect(internal.status).toBe(401);
  });

  it('accepts a captured signature once, for its own service, path and body only', async () => {
    const stack = await useStack();
    const body = JSON.stringify({ query: '{ __typename }', variables: {} });
    // What someone who saw one signed request on its way to identity could try with it.
    const captured = (audience = 'identity') =>
      signRequest(
        { ...serviceCaller('captured'), ip: '127.0.0.1' },
        { audience, method: 'POST', path: '/graphql', body },
        TEST_SIGNING_SECRET,
      );
    const replay = (url: string, path: string, header: string, sent = body) =>
      fetch(new URL(path, url), {
        method: 'POST',
        headers: { 'content-type': 'application/json', [CONTEXT_HEADER]: header },
        body: sent,
      }).then((res) => res.status);
    const header = captured();
    expect(await replay(stack.workspacesUrl, '/graphql', header)).toBe(401);
    expect(await replay(stack.identityUrl, '/internal/api-keys/verify', header)).toBe(401);
    const other = JSON.stringify({ query: '{ me { id } }', variables: {} });
    expect(await replay(stack.identityUrl, '/graphql', header, other)).toBe(401);
    expect(await replay(stack.gatewayUrl, '/graphql', header)).toBe(401);
    // The request it was made for goes through once, and never again.
    expect(await replay(stack.identityUrl, '/graphql', header)).toBe(200);
    expect(await replay(stack.identityUrl, '/graphql', header)).toBe(401);
    // The same holds for a service acting for someone at the gateway.
    const forGateway = captured('gateway');
    expect(await replay(stack.gatewayUrl, '/graphql', forGateway)).toBe(200);
    expect(await replay(stack.gatewayUrl, '/graphql', forGateway)).toBe(401);
  });
});
