import { fetchAsGateway } from '@pyairtable/testing';
import { describe, expect, it } from 'vitest';
import { mentionTokens } from '../src/domain/add-record-comment.ts';
import { startAirtableSubgraph } from './harness.ts';

const UPDATE = `mutation ($b: ID!, $t: ID!, $r: [RecordUpdateInput!]!) {
  updateRecords(baseId: $b, tableId: $t, records: $r) { status }
}`;

describe('airtable: the record change log', () => {
  it('keeps every announced change with its cells before and after, for readers by sequence', async () => {
    // Only the polls the test asks for: a scheduled one landing between the platform's write to
    // Airtable and its own note of it would tell that change as the sync's.
    const s = await startAirtableSubgraph({
      airtableEnv: { POLL_INTERVAL_MS: '3600000', RECONCILE_INTERVAL_MS: '3600000' },
    });
    const feed = async (after?: string) => {
      const url = new URL('/internal/record-changes', s.url);
      if (after !== undefined) url.searchParams.set('after', after);
      const res = await fetchAsGateway('airtable', url);
      return (await res.json()) as any;
    };
    const { head } = await feed();
    const deal = (await s.airtable('GET', 'Deals?maxRecords=1')).records[0];
    await s.airtable('PATCH', `Deals/${deal.id}`, { fields: { 'Next Step': 'Sign' } });
    await s.deps.sync.pollNow(s.baseId);
    const deals = s.tableId('Deals');
    const res = await s.as(s.owner)(UPDATE, {
      b: s.baseId,
      t: deals,
      r: [{ id: deal.id, fields: { 'Next Step': 'Countersign' } }],
    });
    expect(res.data!.updateRecords.status).toBe('APPLIED');
    await s.airtable('DELETE', `Deals/${deal.id}`);
    await s.deps.sync.reconcileNow(s.baseId);

    const page = await feed(head);
    const mine = page.changes.filter((c: any) => c.recordId === deal.id);
    const table = page.tables[deals];
    const nextStep = table.fields.find((f: any) => f.name === 'Next Step').id;
    expect(mine.map((c: any) => [c.kind, c.source])).toEqual([
      ['UPDATED', 'sync'],
      ['UPDATED', 'platform'],
      ['DELETED', 'sync'],
    ]);
    expect(mine[0].before[nextStep]).toBe(deal.fields['Next Step'] ?? undefined);
    expect(mine[0].after[nextStep]).toBe('Sign');
    expect(mine[1]).toMatchObject({ actorId: s.owner.id, workspaceIds: [s.workspaceId] });
    expect(mine[1].after[nextStep]).toBe('Countersign');
    expect(mine[2].before[nextStep]).toBe('Countersign');
    expect(mine[2].after).toBeNull();
    expect(table.name).toBe('Deals');
    const sequences = page.changes.map((c: any) => BigInt(c.sequence));
    expect(sequences).toEqual([...sequences].sort((a, b) => (a < b ? -1 : 1)));
    expect((await feed(page.changes.at(-1).sequence)).changes).toEqual([]);
    expect(page.head).toBe(page.changes.at(-1).sequence);
  });

  it('announces a full sync that completes', async () => {
    const s = await startAirtableSubgraph();
    const seen = s.events(['sync.completed', 'sync.failed']);
    await s.deps.sync.syncNow(s.baseId);
    expect(seen).toEqual([
      expect.objectContaining({
        type: 'sync.completed',
        baseId: s.baseId,
        workspaceId: s.workspaceId,
        recordsTotal: 1420,
      }),
    ]);
  });

  it('answers only gateway-signed requests', async () => {
    const s = await startAirtableSubgraph({ sync: false });
    const res = await fetch(new URL('/internal/record-changes?after=0', s.url));
    expect(res.status).toBe(401);
  });
});

describe('mentionTokens', () => {
  it('reads @name, @email, @"Full Name" and @[Full Name], never Airtable user ids', () => {
    expect(
      mentionTokens(
        'Thanks @ada, cc @bob.smith@example.com and @"Grace Hopper", @[Alan Turing]. Not a@b or @[usrAbCdEfGh123456].',
      ),
    ).toEqual(['ada', 'bob.smith@example.com', 'Grace Hopper', 'Alan Turing']);
  });
});
