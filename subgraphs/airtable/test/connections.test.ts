import { describe, expect, it } from 'vitest';
import { startAirtableSubgraph } from './harness.ts';

describe('airtable: connections and the first sync', () => {
  it('connects with a token it never returns, and fully syncs the demo base', async () => {
    const s = await startAirtableSubgraph();
    expect(s.connection.tokenHint).toBe('…st01');
    expect(s.connection.availableBases).toEqual([
      { id: s.baseId, name: 'Demo CRM', synced: false },
    ]);
    const res = await s.as(s.owner)(
      `query ($id: ID!) { base(id: $id) { name sync { state recordsDone recordsTotal tablesDone tablesTotal } tables { name recordCount primaryField { name } } } }`,
      { id: s.baseId },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.base.sync).toEqual({
      state: 'READY',
      recordsDone: 1420,
      recordsTotal: 1420,
      tablesDone: 4,
      tablesTotal: 4,
    });
    expect(res.data!.base.tables).toEqual([
      { name: 'Companies', recordCount: 120, primaryField: { name: 'Name' } },
      { name: 'Contacts', recordCount: 400, primaryField: { name: 'Name' } },
      { name: 'Deals', recordCount: 300, primaryField: { name: 'Name' } },
      { name: 'Activities', recordCount: 600, primaryField: { name: 'Subject' } },
    ]);
  });

  it('refuses a token Airtable does not accept', async () => {
    const s = await startAirtableSubgraph({ sync: false });
    const res = await s.as(s.owner)(
      `mutation ($i: ConnectAirtableInput!) { connectAirtable(input: $i) { id } }`,
      { i: { workspaceId: s.workspaceId, name: 'Bad', token: 'patNotAValidToken' } },
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
  });

  it('lets only admins connect, sync and remove, and never shows connections to others', async () => {
    const s = await startAirtableSubgraph({ sync: false });
    const editor = await s.member('EDITOR');
    const connect = await s.as(editor)(
      `mutation ($i: ConnectAirtableInput!) { connectAirtable(input: $i) { id } }`,
      { i: { workspaceId: s.workspaceId, name: 'Mine', token: 'patAnything123' } },
    );
    expect(connect.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const sync = await s.as(editor)(
      `mutation ($i: SyncBaseInput!) { syncBase(input: $i) { id } }`,
      {
        i: { connectionId: s.connection.id, baseId: s.baseId },
      },
    );
    expect(sync.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const remove = await s.as(editor)(`mutation ($id: ID!) { removeConnection(id: $id) }`, {
      id: s.connection.id,
    });
    expect(remove.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await s.deps.db.findConnection(s.connection.id)).not.toBeNull();
  });
});
