import { describe, expect, it } from 'vitest';
import { startAirtableSubgraph, type AirtableSubgraph } from './harness.ts';

const ALL_BUT_WRITES = [
  'data.records:read',
  'data.recordComments:read',
  'schema.bases:read',
  'webhook:manage',
];
const COUNT = `query ($b: ID!, $t: ID!) { records(baseId: $b, tableId: $t) { totalCount } }`;
const CREATE = `mutation ($b: ID!, $t: ID!, $r: [RecordInput!]!) { createRecords(baseId: $b, tableId: $t, records: $r) { status } }`;

/** A second tenant: its own owner, workspace and connection with its own Airtable token. */
async function secondTenant(s: AirtableSubgraph, scopes?: string[]) {
  const token = `patSecondTenant${Math.random().toString(36).slice(2, 10)}`;
  await s.local.addToken(token, { scopes, baseIds: [s.baseId], name: 'second tenant' });
  const owner = s.factories.person('Other');
  const workspaceId = await s.factories.workspace(owner);
  const connected = await s.as(owner)(
    `mutation ($i: ConnectAirtableInput!) { connectAirtable(input: $i) { id } }`,
    { i: { workspaceId, name: 'Theirs', token } },
  );
  const connectionId = connected.data!.connectAirtable.id as string;
  const synced = await s.as(owner)(
    `mutation ($i: SyncBaseInput!) { syncBase(input: $i) { id name workspace { id } } }`,
    { i: { connectionId, baseId: s.baseId } },
  );
  return { owner, workspaceId, connectionId, synced };
}

describe('airtable: one base, several tenants', () => {
  it('lets a second workspace sync a base another one mirrors, with its own token, sharing the mirror', async () => {
    const s = await startAirtableSubgraph();
    const b = await secondTenant(s);
    expect(b.synced.errors).toBeUndefined();
    expect(b.synced.data!.syncBase).toEqual({
      id: s.baseId,
      name: 'Demo CRM',
      workspace: { id: b.workspaceId },
    });
    const deals = s.tableId('Deals');
    const theirs = await s.as(b.owner)(COUNT, { b: s.baseId, t: deals });
    const ours = await s.as(s.owner)(COUNT, { b: s.baseId, t: deals });
    expect(theirs.data!.records.totalCount).toBe(300);
    expect(theirs.data).toEqual(ours.data);
    // Each sees the base through their own workspace, and only their own connections.
    const seen = await s.as(b.owner)(`query ($b: ID!) { base(id: $b) { workspace { id } } }`, {
      b: s.baseId,
    });
    expect(seen.data!.base.workspace.id).toBe(b.workspaceId);
    const entities = await s.as(s.owner)(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Workspace { airtableConnections { id } } } }`,
      { r: [{ __typename: 'Workspace', id: s.workspaceId }] },
    );
    expect(entities.data!._entities[0].airtableConnections).toEqual([{ id: s.connection.id }]);
    const again = await s.as(b.owner)(
      `mutation ($i: SyncBaseInput!) { syncBase(input: $i) { id } }`,
      { i: { connectionId: b.connectionId, baseId: s.baseId } },
    );
    expect(again.errors?.[0]).toMatchObject({
      extensions: { code: 'CONFLICT' },
      message: 'This base is already synced in this workspace.',
    });
  });

  it("announces each change to every linked workspace, and writes with the writer's own token", async () => {
    const s = await startAirtableSubgraph();
    const b = await secondTenant(s, ALL_BUT_WRITES);
    const events = s.events(['record.changed']);
    const deals = s.tableId('Deals');
    const ours = await s.as(s.owner)(CREATE, {
      b: s.baseId,
      t: deals,
      r: [{ fields: { Name: 'From A' } }],
    });
    expect(ours.errors).toBeUndefined();
    expect(ours.data!.createRecords.status).toBe('APPLIED');
    expect(events.map((e) => e.workspaceId).sort()).toEqual([s.workspaceId, b.workspaceId].sort());
    // Their token may not write records: their write is refused by Airtable, not sent with ours.
    const theirs = await s.as(b.owner)(CREATE, {
      b: s.baseId,
      t: deals,
      r: [{ fields: { Name: 'From B' } }],
    });
    expect(theirs.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(theirs.errors?.[0]?.message).toMatch(/Airtable refused the write/);
    const found = await s.airtable(
      'GET',
      `Deals?filterByFormula=${encodeURIComponent(`OR({Name} = "From A", {Name} = "From B")`)}`,
    );
    expect(found.records.map((r: any) => r.fields.Name)).toEqual(['From A']);
  });

  it('keeps the mirror for the workspaces still linked, and hands syncing over', async () => {
    const s = await startAirtableSubgraph();
    const b = await secondTenant(s);
    const deals = s.tableId('Deals');
    // The first workspace removes its connection: the second one keeps the base and syncs it.
    const removed = await s.as(s.owner)(`mutation ($id: ID!) { removeConnection(id: $id) }`, {
      id: s.connection.id,
    });
    expect(removed.data!.removeConnection).toBe(true);
    const gone = await s.as(s.owner)(COUNT, { b: s.baseId, t: deals });
    expect(gone.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await s.deps.db.findBase(s.baseId))!.connectionId).toBe(b.connectionId);
    const deal = (await s.airtable('GET', 'Deals?maxRecords=1')).records[0];
    await s.airtable('PATCH', `Deals/${deal.id}`, { fields: { 'Next Step': 'Still synced' } });
    await s.deps.sync.pollNow(s.baseId);
    const record = await s.as(b.owner)(
      `query ($b: ID!, $t: ID!, $id: ID!) { record(baseId: $b, tableId: $t, id: $id) { fields } }`,
      { b: s.baseId, t: deals, id: deal.id },
    );
    expect(record.data!.record.fields['Next Step']).toBe('Still synced');
    // The last workspace removes the base: the mirror goes with it.
    const last = await s.as(b.owner)(`mutation ($id: ID!) { removeBase(id: $id) }`, {
      id: s.baseId,
    });
    expect(last.data!.removeBase).toBe(true);
    expect(await s.deps.db.findBase(s.baseId)).toBeNull();
  });
});
