import type { PlatformEvent } from '@pyairtable/events';
import { describe, expect, it } from 'vitest';
import { startAirtableSubgraph } from './harness.ts';

const RECORD = `query ($b: ID!, $t: ID!, $id: ID!) { record(baseId: $b, tableId: $t, id: $id) { id fields } }`;

describe('airtable: changes made in Airtable reach the mirror', () => {
  it('brings a change made directly in Airtable into the mirror, with one event', async () => {
    const s = await startAirtableSubgraph();
    const events = s.events(['record.changed']);
    const deal = (await s.airtable('GET', 'Deals?maxRecords=1')).records[0];
    await s.airtable('PATCH', `Deals/${deal.id}`, { fields: { 'Next Step': 'Send the contract' } });
    await s.deps.sync.pollNow(s.baseId);
    const deals = s.tableId('Deals');
    const res = await s.as(s.owner)(RECORD, { b: s.baseId, t: deals, id: deal.id });
    expect(res.data!.record.fields['Next Step']).toBe('Send the contract');
    const mine = events.filter((e) => e.type === 'record.changed' && e.recordId === deal.id);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      kind: 'UPDATED',
      tableId: deals,
      workspaceId: s.workspaceId,
      source: 'sync',
    });
    const fields = (await s.deps.db.findTable(deals))!.fields;
    const id = (name: string) => fields.find((f) => f.name === name)!.id;
    // The edited field, and Airtable's last-modified-time field that moved with it.
    expect((mine[0] as any).changedFields).toEqual([id('Next Step'), id('Last Modified')].sort());

    // Polling again finds nothing new: no duplicate event.
    await s.deps.sync.pollNow(s.baseId);
    expect(
      events.filter((e) => e.type === 'record.changed' && e.recordId === deal.id),
    ).toHaveLength(1);

    // Deletions are caught by reconciliation.
    await s.airtable('DELETE', `Deals/${deal.id}`);
    await s.deps.sync.reconcileNow(s.baseId);
    const gone = await s.as(s.owner)(RECORD, { b: s.baseId, t: deals, id: deal.id });
    expect(gone.data!.record).toBeNull();
    expect(
      events
        .filter((e) => e.type === 'record.changed' && e.recordId === deal.id)
        .map((e: any) => e.kind),
    ).toEqual(['UPDATED', 'DELETED']);
  });

  it('picks up schema changes made in Airtable, announcing them', async () => {
    const s = await startAirtableSubgraph();
    const announced = s.events(['table.schemaChanged']);
    const deals = s.tableId('Deals');
    const res = await s.local.api('POST', `/v0/meta/bases/${s.baseId}/tables/${deals}/fields`, {
      name: 'Region',
      type: 'singleLineText',
    });
    expect(res.status).toBe(200);
    await s.deps.sync.reconcileNow(s.baseId);
    const fields = await s.as(s.owner)(
      `query ($b: ID!) { base(id: $b) { table(idOrName: "Deals") { fields { name type } } } }`,
      { b: s.baseId },
    );
    expect(fields.data!.base.table.fields).toContainEqual({
      name: 'Region',
      type: 'singleLineText',
    });
    expect(announced.map((e: any) => e.tableId)).toEqual([deals]);
  });

  it('creates a webhook after the first sync and applies pinged changes without polling', async () => {
    const s = await startAirtableSubgraph({ webhooks: true });
    const base = (await s.deps.db.findBase(s.baseId))!;
    expect(base.webhookId).toMatch(/^ach/);
    const events = s.events(['record.changed']);
    const deal = (await s.airtable('GET', 'Deals?maxRecords=1')).records[0];
    const applied = new Promise<void>((resolve) =>
      s.deps.events.subscribe(
        (e: PlatformEvent) =>
          void (e.type === 'record.changed' && e.recordId === deal.id && resolve()),
        { types: ['record.changed'] },
      ),
    );
    // Polling is off (100 s): only the ping can bring this change in.
    await s.airtable('PATCH', `Deals/${deal.id}`, { fields: { 'Next Step': 'Pinged' } });
    await applied;
    const [row] = await s.deps.db.findRecords([deal.id]);
    expect(Object.values(row!.cells)).toContain('Pinged');
    expect(events.filter((e: any) => e.recordId === deal.id)).toHaveLength(1);

    const forged = await fetch(new URL(`/webhooks/airtable/${s.baseId}`, s.url), {
      method: 'POST',
      body: '{}',
      headers: { 'x-airtable-content-mac': 'hmac-sha256=00' },
    });
    expect(forged.status).toBe(401);
  });
});
