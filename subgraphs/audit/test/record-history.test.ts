import { describe, expect, it } from 'vitest';
import { startAudit, UPDATE_RECORDS } from './harness.ts';

const HISTORY = `query ($b: ID!, $t: ID!, $id: ID!, $n: Int, $a: String) {
  record(baseId: $b, tableId: $t, id: $id) {
    id
    history(first: $n, after: $a) {
      edges { node { at kind actor { id kind } path changes { field old new } } }
      pageInfo { endCursor hasNextPage }
    }
  }
}`;

describe('audit: record history', () => {
  it("lists a record's changes newest first: platform writes by path and Airtable's own, old → new", async () => {
    const s = await startAudit();
    const deal = (await s.airtable('GET', 'Deals?maxRecords=1')).records[0];
    const before = deal.fields['Next Step'] ?? null;
    const editor = await s.member('EDITOR');
    const viewer = await s.member('VIEWER');

    // In Airtable itself, seen by the sync.
    await s.airtable('PATCH', `Deals/${deal.id}`, { fields: { 'Next Step': 'Call back' } });
    await s.deps.sync.pollNow(s.baseId);
    // Through GraphQL.
    const res = await s.gql(s.owner)(UPDATE_RECORDS, {
      b: s.baseId,
      t: s.tableId('Deals'),
      r: [{ id: deal.id, fields: { 'Next Step': 'Send the contract' } }],
    });
    expect(res.errors).toBeUndefined();
    // Through the /v0 API.
    const rest = await fetch(`${new URL(s.gatewayUrl).origin}/v0/${s.baseId}/Deals/${deal.id}`, {
      method: 'PATCH',
      headers: {
        authorization: `Bearer ${await s.bearer(editor)}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ fields: { 'Next Step': 'Countersign' } }),
    });
    expect(rest.status).toBe(200);
    await s.delivered();
    await s.audit().feed.catchUp();

    const read = await s.gql(viewer)(HISTORY, { b: s.baseId, t: s.tableId('Deals'), id: deal.id });
    expect(read.errors).toBeUndefined();
    const nodes = read.data!.record.history.edges.map((e: any) => e.node);
    expect(nodes).toMatchObject([
      {
        kind: 'UPDATED',
        actor: { id: editor.id, kind: 'USER' },
        path: 'REST_PROXY',
        changes: [{ field: 'Next Step', old: 'Send the contract', new: 'Countersign' }],
      },
      {
        kind: 'UPDATED',
        actor: { id: s.owner.id, kind: 'USER' },
        path: 'GRAPHQL',
        changes: [{ field: 'Next Step', old: 'Call back', new: 'Send the contract' }],
      },
      {
        kind: 'UPDATED',
        actor: { id: 'airtable', kind: 'AIRTABLE' },
        path: 'SYSTEM',
        changes: [{ field: 'Next Step', old: before, new: 'Call back' }],
      },
    ]);

    // Pages with a cursor.
    const first = await s.gql(viewer)(HISTORY, {
      b: s.baseId,
      t: s.tableId('Deals'),
      id: deal.id,
      n: 2,
    });
    expect(first.data!.record.history.pageInfo.hasNextPage).toBe(true);
    const next = await s.gql(viewer)(HISTORY, {
      b: s.baseId,
      t: s.tableId('Deals'),
      id: deal.id,
      n: 2,
      a: first.data!.record.history.pageInfo.endCursor,
    });
    expect(next.data!.record.history.edges.map((e: any) => e.node.path)).toEqual(['SYSTEM']);

    // Restoring an earlier value is a normal write: audited, and one more history entry.
    await s.gql(s.owner)(UPDATE_RECORDS, {
      b: s.baseId,
      t: s.tableId('Deals'),
      r: [{ id: deal.id, fields: { 'Next Step': 'Call back' } }],
    });
    await s.audit().feed.catchUp();
    const after = await s.gql(s.owner)(HISTORY, {
      b: s.baseId,
      t: s.tableId('Deals'),
      id: deal.id,
      n: 1,
    });
    expect(after.data!.record.history.edges[0].node.changes).toEqual([
      { field: 'Next Step', old: 'Countersign', new: 'Call back' },
    ]);
  });
});
