import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAudit, UPDATE_RECORDS, type AuditStack } from './harness.ts';

const closers: (() => Promise<void>)[] = [];
let s: AuditStack;

beforeAll(async () => {
  s = await startAudit({ onClose: (close) => void closers.push(close) });
}, 120_000);
afterAll(async () => {
  for (const close of closers.reverse()) await close();
});

async function firstDeal() {
  const res = await s.gql(s.owner)(
    `query ($b: ID!, $t: ID!) { records(baseId: $b, tableId: $t, first: 1) { edges { node { id } } } }`,
    { b: s.baseId, t: s.tableId('Deals') },
  );
  return res.data!.records.edges[0].node.id as string;
}

/** The entries (newest first) recorded for `operation`, once the outbox is empty. */
async function entriesOf(operation: string) {
  await s.delivered();
  return (await s.log({ operation })).edges.map((e) => e.node);
}

describe('audit: what the gateway records', () => {
  it('records a record update through GraphQL once, with actor, path, target and client', async () => {
    const id = await firstDeal();
    const res = await s.gql(s.owner, { 'x-request-id': 'req-update-0001' })(UPDATE_RECORDS, {
      b: s.baseId,
      t: s.tableId('Deals'),
      r: [{ id, fields: { Name: 'Renamed by the owner' } }],
    });
    expect(res.errors).toBeUndefined();

    const [entry, ...others] = await entriesOf('updateRecords');
    expect(others).toEqual([]);
    expect(entry).toMatchObject({
      path: 'GRAPHQL',
      outcome: 'OK',
      errorCode: null,
      actor: { id: s.owner.id, kind: 'USER' },
      requestId: 'req-update-0001',
      userAgent: 'audit-tests/1.0',
      target: {
        workspaceId: s.workspaceId,
        baseId: s.baseId,
        tableId: s.tableId('Deals'),
        recordIds: [id],
        fieldNames: ['Name'],
      },
    });
    expect(entry!.ip).toMatch(/127\.0\.0\.1/);
  });

  it('records a refused write with its error code', async () => {
    const viewer = await s.member('VIEWER');
    const id = await firstDeal();
    const res = await s.gql(viewer)(UPDATE_RECORDS, {
      b: s.baseId,
      t: s.tableId('Deals'),
      r: [{ id, fields: { Name: 'Not allowed' } }],
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    await s.delivered();
    const mine = (await s.log({ actor: viewer.id })).edges.map((e) => e.node);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      operation: 'updateRecords',
      outcome: 'REFUSED',
      errorCode: 'FORBIDDEN',
      target: { workspaceId: s.workspaceId, recordIds: [id] },
    });
  });

  it('records a write through the /v0 proxy under rest-proxy', async () => {
    const editor = await s.member('EDITOR');
    const res = await fetch(`${new URL(s.gatewayUrl).origin}/v0/${s.baseId}/Deals`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${await s.bearer(editor)}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ records: [{ fields: { Name: 'Via REST', Stage: 'Won' } }] }),
    });
    expect(res.status, await res.clone().text()).toBe(200);

    await s.delivered();
    const mine = (await s.log({ actor: editor.id, path: 'REST_PROXY' })).edges.map((e) => e.node);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      operation: 'rest.createRecords',
      outcome: 'OK',
      target: { baseId: s.baseId, tableId: 'Deals', fieldNames: ['Name', 'Stage'], method: 'POST' },
    });
  });

  it('records member changes and connection changes of the workspace', async () => {
    const invite = await s.gql(s.owner)(
      `mutation ($i: InviteMemberInput!) { inviteMember(input: $i) { invitation { id } } }`,
      { i: { workspaceId: s.workspaceId, email: 'New.Person@Example.com', role: 'EDITOR' } },
    );
    expect(invite.errors).toBeUndefined();
    const member = await s.member('VIEWER');
    const role = await s.gql(s.owner)(
      `mutation ($i: ChangeMemberRoleInput!) { changeMemberRole(input: $i) { role } }`,
      { i: { workspaceId: s.workspaceId, userId: member.id, role: 'EDITOR' } },
    );
    expect(role.errors).toBeUndefined();
    const removed = await s.gql(s.owner)(
      `mutation ($i: RemoveMemberInput!) { removeMember(input: $i) }`,
      { i: { workspaceId: s.workspaceId, userId: member.id } },
    );
    expect(removed.errors).toBeUndefined();
    const connected = await s.gql(s.owner)(
      `mutation ($i: ConnectAirtableInput!) { connectAirtable(input: $i) { id } }`,
      { i: { workspaceId: s.workspaceId, name: 'Second', token: 'patAirtableSubgraphTest01' } },
    );
    expect(connected.errors).toBeUndefined();
    await s.delivered();
    // Gone once removed: its workspace comes from the entry that made it.
    const removedConnection = await s.gql(s.owner)(
      `mutation ($id: ID!) { removeConnection(id: $id) }`,
      {
        id: connected.data!.connectAirtable.id,
      },
    );
    expect(removedConnection.errors).toBeUndefined();

    expect(await entriesOf('inviteMember')).toMatchObject([
      { outcome: 'OK', target: { email: 'new.person@example.com', role: 'EDITOR' } },
    ]);
    expect(await entriesOf('changeMemberRole')).toMatchObject([
      { outcome: 'OK', target: { id: member.id, role: 'EDITOR' } },
    ]);
    expect(await entriesOf('removeMember')).toMatchObject([
      { outcome: 'OK', target: { id: member.id } },
    ]);
    expect(await entriesOf('removeConnection')).toMatchObject([
      { outcome: 'OK', target: { id: connected.data!.connectAirtable.id } },
    ]);
    const [connection] = await entriesOf('connectAirtable');
    expect(connection).toMatchObject({ outcome: 'OK', actor: { id: s.owner.id } });
    // The token is an argument, never recorded.
    expect(JSON.stringify(connection)).not.toContain('patAirtableSubgraphTest01');
  });

  it('records CSV exports and MCP tool calls (reads included) under their path', async () => {
    const csv = await s.gql(s.owner)(
      `query ($b: ID!) { exportCsv(baseId: $b, tableId: "Deals") { rowCount } }`,
      { b: s.baseId },
    );
    expect(csv.errors).toBeUndefined();
    const mcp = await s.gql(s.owner, { 'x-pyairtable-path': 'mcp' })(
      `query ($b: ID!) { base(id: $b) { name } }`,
      { b: s.baseId },
    );
    expect(mcp.errors).toBeUndefined();
    // A client cannot claim to be the assistant: that needs a platform service's signature.
    await s.gql(s.owner, { 'x-pyairtable-path': 'assistant' })(UPDATE_RECORDS, {
      b: s.baseId,
      t: s.tableId('Deals'),
      r: [{ id: await firstDeal(), fields: { Name: 'Claims assistant' } }],
    });

    expect(await entriesOf('exportCsv')).toMatchObject([
      { path: 'GRAPHQL', outcome: 'OK', target: { baseId: s.baseId, tableId: 'Deals' } },
    ]);
    expect(await entriesOf('base')).toMatchObject([{ path: 'MCP', outcome: 'OK' }]);
    expect((await s.log({ path: 'ASSISTANT' })).totalCount).toBe(0);
  });

  it('records identity events without ever storing a password or token', async () => {
    const email = `someone-${Date.now()}@example.com`;
    const password = 'correct horse battery staple';
    const signUp = await s.gql(null)(
      `mutation ($i: SignUpInput!) { signUp(input: $i) { accessToken refreshToken user { id } } }`,
      { i: { email, password, name: 'Someone' } },
    );
    expect(signUp.errors).toBeUndefined();
    const { accessToken, refreshToken, user } = signUp.data!.signUp;
    const failed = await s.gql(null)(
      `mutation ($i: LogInInput!) { logIn(input: $i) { accessToken } }`,
      { i: { email, password: 'wrong password here' } },
    );
    expect(failed.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const ok = await s.gql(null)(
      `mutation ($i: LogInInput!) { logIn(input: $i) { refreshToken } }`,
      { i: { email, password } },
    );
    expect(ok.errors).toBeUndefined();
    const REFRESH = `mutation ($t: String!) { refreshSession(refreshToken: $t) { accessToken } }`;
    const stolen = ok.data!.logIn.refreshToken;
    expect((await s.gql(null)(REFRESH, { t: stolen })).errors).toBeUndefined();
    const reused = await s.gql(null)(REFRESH, { t: stolen });
    expect(reused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const changed = await s.gql(accessToken)(
      `mutation ($i: ChangePasswordInput!) { changePassword(input: $i) }`,
      { i: { currentPassword: password, newPassword: 'an even better passphrase' } },
    );
    expect(changed.errors).toBeUndefined();
    const key = await s.gql(accessToken)(
      `mutation { createApiKey(input: { name: "CI" }) { apiKey { id } secret } }`,
    );
    expect(key.errors).toBeUndefined();
    const { apiKey, secret } = key.data!.createApiKey;
    await s.gql(secret)(`{ me { id } }`);
    await s.gql(secret)(`{ me { id } }`);
    const revoked = await s.gql(accessToken)(
      `mutation ($id: ID!) { revokeApiKey(id: $id) { id } }`,
      {
        id: apiKey.id,
      },
    );
    expect(revoked.errors).toBeUndefined();
    await s.gql(accessToken)(`mutation ($t: String) { logOut(refreshToken: $t) }`, {
      t: refreshToken,
    });
    await s.delivered();

    // Identity events belong to no workspace: they are in the platform's chain.
    const { rows } = await s.sql.query(
      `SELECT operation, outcome, "errorCode", "userId", "apiKeyId", target FROM audit_entry
       WHERE chain = 'platform' ORDER BY position`,
    );
    const ops = rows.map((r) => `${r.operation}:${r.outcome}`);
    expect(ops).toEqual([
      'signUp:ok',
      'logIn:refused',
      'logIn:ok',
      'refreshSession:ok',
      'identity.refreshTokenReused:refused',
      'changePassword:ok',
      'createApiKey:ok',
      'identity.apiKeyUsed:ok',
      'revokeApiKey:ok',
      'logOut:ok',
    ]);
    expect(rows[1]).toMatchObject({ errorCode: 'UNAUTHENTICATED', target: { email } });
    expect(rows[7]).toMatchObject({ userId: user.id, apiKeyId: apiKey.id });
    const everything = JSON.stringify((await s.sql.query('SELECT * FROM audit_entry')).rows);
    for (const secretText of [
      stolen,
      password,
      'an even better passphrase',
      secret,
      refreshToken,
      accessToken,
    ])
      expect(everything).not.toContain(secretText);
  });
});
