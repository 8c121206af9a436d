import { randomUUID } from 'node:crypto';
import { DEMO_ADMIN } from '@pyairtable/data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAccessFixture, type AccessFixture } from './access-fixture.ts';

// The whole platform as `npm start` runs it with the demo seed: the demo administrator exists.
let fx: AccessFixture;
let admin: string;
beforeAll(async () => {
  fx = await startAccessFixture();
  const data = await fx.must(`mutation ($i: LogInInput!) { logIn(input: $i) { accessToken } }`, {
    i: { email: DEMO_ADMIN.email, password: DEMO_ADMIN.password },
  });
  admin = data.logIn.accessToken;
}, 180_000);
afterAll(() => fx?.stop());

/** Retries `probe` until it holds: the gateway trusts a session's state for a few seconds. */
async function eventually(probe: () => Promise<boolean>, what: string) {
  await expect
    .poll(probe, { message: `never: ${what}`, timeout: 30_000, interval: 250 })
    .toBe(true);
}

const codeOf = (res: { errors?: { extensions?: { code?: unknown } }[] }) =>
  res.errors?.[0]?.extensions?.code;

async function apiKeyOf(token: string) {
  const data = await fx.must(
    `mutation { createApiKey(input: { name: "ops" }) { secret } }`,
    {},
    token,
  );
  return data.createApiKey.secret as string;
}

const v0 = (path: string, bearer: string) =>
  fetch(new URL(path, fx.platform.gatewayUrl), { headers: { authorization: `Bearer ${bearer}` } });

describe('platform administrators', () => {
  it('sees the platform: its role, overview counts, tenants, users and every service ready', async () => {
    const res = await fx.gql(
      `{
        me { email platformRole }
        adminOverview { users tenants suspendedTenants bases basesSynced }
        adminWorkspaces(search: "demo") { totalCount edges { node { id name memberCount bases { id sync { state } } members { role user { email } } } } }
        adminUsers(search: "DEMO@example") { totalCount edges { node { email activeSessions platformRole } } }
        adminSystemHealth { ready services { name ready } }
      }`,
      {},
      admin,
    );
    expect(res.errors).toBeUndefined();
    const data = res.data!;
    expect(data.me).toEqual({ email: DEMO_ADMIN.email, platformRole: 'ADMIN' });
    expect(data.adminOverview.users).toBeGreaterThanOrEqual(6);
    expect(data.adminOverview.tenants).toBeGreaterThanOrEqual(2);
    expect(data.adminOverview.basesSynced).toBe(1);
    const demo = data.adminWorkspaces.edges
      .map((e: any) => e.node)
      .find((w: any) => w.id === fx.workspaceId);
    expect(demo).toMatchObject({
      name: 'Demo',
      bases: [{ id: fx.baseId, sync: { state: 'READY' } }],
    });
    expect(demo.memberCount).toBe(demo.members.length);
    expect(demo.members).toContainEqual({ role: 'OWNER', user: { email: 'demo@example.com' } });
    expect(data.adminUsers).toMatchObject({
      totalCount: 1,
      edges: [{ node: { email: 'demo@example.com', platformRole: null } }],
    });
    expect(data.adminSystemHealth.ready).toBe(true);
    expect(data.adminSystemHealth.services.map((s: any) => s.name)).toEqual(
      expect.arrayContaining(['gateway', 'identity', 'workspaces', 'airtable']),
    );
  });

  it('pages through users with cursors', async () => {
    const page = (after?: string) =>
      fx.must(
        `query ($after: String) { adminUsers(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
        { after },
        admin,
      );
    const first = (await page()).adminUsers;
    const second = (await page(first.pageInfo.endCursor)).adminUsers;
    expect(first.edges).toHaveLength(2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const ids = [...first.edges, ...second.edges].map((e: any) => e.node.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('refuses every admin field to a workspace owner and to the administrator’s own API key', async () => {
    const asOwner = await fx.gql(`{ adminOverview { users } }`, {}, fx.people.owner.token);
    expect(codeOf(asOwner)).toBe('FORBIDDEN');
    const key = await apiKeyOf(admin);
    const asKey = await fx.gql(`{ adminWorkspaces { totalCount } }`, {}, key);
    expect(codeOf(asKey)).toBe('FORBIDDEN');
    const me = await fx.gql(`{ me { platformRole } }`, {}, fx.people.owner.token);
    expect(me.data?.me.platformRole).toBeNull();
  });

  it('suspends a workspace: its members’ API keys and sessions are refused, its data stays, and restoring brings it back', async () => {
    const key = await apiKeyOf(fx.people.owner.token);
    expect((await v0(`/v0/${fx.baseId}/Deals?pageSize=1`, key)).status).toBe(200);

    const suspended = await fx.must(
      `mutation ($id: ID!) { adminSuspendWorkspace(id: $id) { suspendedAt } }`,
      { id: fx.workspaceId },
      admin,
    );
    expect(suspended.adminSuspendWorkspace.suspendedAt).not.toBeNull();
    await eventually(
      async () => (await v0(`/v0/${fx.baseId}/Deals?pageSize=1`, key)).status >= 400,
      'the API key is refused',
    );
    const asOwner = await fx.gql(
      `query ($id: ID!) { workspace(id: $id) { name } }`,
      { id: fx.workspaceId },
      fx.people.owner.token,
    );
    expect(codeOf(asOwner)).toBe('FORBIDDEN');
    const overview = await fx.must(`{ adminOverview { suspendedTenants basesSynced } }`, {}, admin);
    expect(overview.adminOverview).toEqual({ suspendedTenants: 1, basesSynced: 1 });

    await fx.must(
      `mutation ($id: ID!) { adminRestoreWorkspace(id: $id) { suspendedAt } }`,
      { id: fx.workspaceId },
      admin,
    );
    await eventually(
      async () => (await v0(`/v0/${fx.baseId}/Deals?pageSize=1`, key)).status === 200,
      'the API key works again',
    );
  });

  it('disables a user: their session ends, refresh and sign-in are refused; enabling lets them sign in again', async () => {
    const email = `ops-${randomUUID().slice(0, 8)}@example.com`;
    const signUp = await fx.must(
      `mutation ($i: SignUpInput!) { signUp(input: $i) { accessToken refreshToken user { id } } }`,
      { i: { email, password: 'correct horse battery', name: 'Ops' } },
    );
    const { accessToken, refreshToken, user } = signUp.signUp;
    expect((await fx.gql(`{ me { email } }`, {}, accessToken)).data?.me.email).toBe(email);

    const disabled = await fx.must(
      `mutation ($id: ID!) { adminDisableUser(id: $id) { disabledAt activeSessions } }`,
      { id: user.id },
      admin,
    );
    expect(disabled.adminDisableUser.disabledAt).not.toBeNull();
    expect(disabled.adminDisableUser.activeSessions).toBe(0);
    await eventually(
      async () => codeOf(await fx.gql(`{ me { email } }`, {}, accessToken)) === 'UNAUTHENTICATED',
      'the access token is refused',
    );
    const refreshed = await fx.gql(
      `mutation ($t: String!) { refreshSession(refreshToken: $t) { accessToken } }`,
      { t: refreshToken },
    );
    expect(codeOf(refreshed)).toBe('UNAUTHENTICATED');
    const logIn = `mutation ($i: LogInInput!) { logIn(input: $i) { accessToken } }`;
    const credentials = { i: { email, password: 'correct horse battery' } };
    expect(codeOf(await fx.gql(logIn, credentials))).toBe('FORBIDDEN');

    await fx.must(
      `mutation ($id: ID!) { adminEnableUser(id: $id) { id } }`,
      { id: user.id },
      admin,
    );
    expect((await fx.gql(logIn, credentials)).data?.logIn.accessToken).toBeTruthy();
  });

  it('signs a user out everywhere', async () => {
    const viewer = fx.people.viewer;
    const login = await fx.must(`mutation ($i: LogInInput!) { logIn(input: $i) { accessToken } }`, {
      i: { email: viewer.email, password: 'correct horse battery' },
    });
    const token = login.logIn.accessToken as string;
    const out = await fx.must(
      `mutation ($id: ID!) { adminSignOutUser(id: $id) { activeSessions } }`,
      { id: viewer.id },
      admin,
    );
    expect(out.adminSignOutUser.activeSessions).toBe(0);
    await eventually(
      async () => codeOf(await fx.gql(`{ me { email } }`, {}, token)) === 'UNAUTHENTICATED',
      'the session is refused',
    );
  });

  it('switches a feature for every workspace or one, and members read what applies to theirs', async () => {
    const flags = `query ($w: ID) { featureFlags(workspaceId: $w) { key enabled } }`;
    const assistantFor = async (w: string | null) =>
      (await fx.must(flags, { w }, fx.people.editor.token)).featureFlags.find(
        (f: any) => f.key === 'assistant',
      ).enabled;
    const set = (workspaceId: string | null, enabled: boolean | null) =>
      fx.must(
        `mutation ($i: SetFeatureFlagInput!) { adminSetFeatureFlag(input: $i) { defaultEnabled globalEnabled workspaceEnabled enabled } }`,
        { i: { key: 'assistant', workspaceId, enabled } },
        admin,
      );
    expect(await assistantFor(fx.workspaceId)).toBe(true);

    const off = await set(fx.workspaceId, false);
    expect(off.adminSetFeatureFlag).toEqual({
      defaultEnabled: true,
      globalEnabled: null,
      workspaceEnabled: false,
      enabled: false,
    });
    expect(await assistantFor(fx.workspaceId)).toBe(false);
    expect(await assistantFor(null)).toBe(true);

    // The workspace's override wins over a global value; removing it goes back to the global one.
    await set(null, true);
    expect(await assistantFor(fx.workspaceId)).toBe(false);
    await set(fx.workspaceId, null);
    await set(null, false);
    expect(await assistantFor(fx.workspaceId)).toBe(false);
    await set(null, null);
    expect(await assistantFor(fx.workspaceId)).toBe(true);

    const unknown = await fx.gql(
      `mutation { adminSetFeatureFlag(input: { key: "nope", enabled: true }) { key } }`,
      {},
      admin,
    );
    expect(codeOf(unknown)).toBe('BAD_USER_INPUT');
  });

  it('refuses an administrator disabling their own account', async () => {
    const me = await fx.must(`{ me { id } }`, {}, admin);
    const res = await fx.gql(
      `mutation ($id: ID!) { adminDisableUser(id: $id) { id } }`,
      { id: me.me.id },
      admin,
    );
    expect(codeOf(res)).toBe('CONFLICT');
  });
});
