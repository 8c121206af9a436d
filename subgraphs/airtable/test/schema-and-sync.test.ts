import { demoCrmBase } from '@pyairtable/airtable-local/demo-crm';
import { describe, expect, it } from 'vitest';
import { startAirtableSubgraph } from './harness.ts';

const deals = demoCrmBase()
  .tables.find((t) => t.name === 'Deals')!
  .records.map((r) => r.fields);

const CREATE_TABLE = /* GraphQL */ `
  mutation ($i: CreateTableInput!) {
    createTable(input: $i) {
      id
      name
      primaryField {
        name
      }
      fields {
        name
        type
      }
      recordCount
    }
  }
`;
const SYNC = /* GraphQL */ `
  mutation ($i: SyncTablesInput!) {
    syncTables(input: $i) {
      dryRun
      fields
      createCount
      updateCount
      unchangedCount
      onlyInTargetCount
      skippedCount
      toCreate {
        key
        fields
      }
      toUpdate {
        key
        recordId
        changes
      }
      writes {
        status
        error
        records {
          id
        }
      }
    }
  }
`;

describe('airtable: schema changes and table sync', () => {
  it('creates a table and a field for admins, then syncs Deals into it on a key field', async () => {
    const s = await startAirtableSubgraph();
    const editor = await s.member('EDITOR');
    const table = {
      baseId: s.baseId,
      name: 'Deal Copies',
      fields: [
        { name: 'Name', type: 'singleLineText' },
        { name: 'Amount', type: 'currency', options: { precision: 0, symbol: '$' } },
      ],
    };
    const refused = await s.as(editor)(CREATE_TABLE, { i: table });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const created = await s.as(s.owner)(CREATE_TABLE, { i: table });
    expect(created.errors).toBeUndefined();
    expect(created.data!.createTable).toMatchObject({
      name: 'Deal Copies',
      primaryField: { name: 'Name' },
      fields: [
        { name: 'Name', type: 'singleLineText' },
        { name: 'Amount', type: 'currency' },
      ],
      recordCount: 0,
    });
    const again = await s.as(s.owner)(CREATE_TABLE, { i: table });
    expect(again.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringContaining('already exists'),
    });

    const field = await s.as(s.owner)(
      `mutation ($i: CreateFieldInput!) { createField(input: $i) { id name type options } }`,
      {
        i: {
          baseId: s.baseId,
          tableId: 'Deal Copies',
          field: {
            name: 'Stage',
            type: 'singleSelect',
            options: { choices: [{ name: 'Won' }, { name: 'Lost' }] },
          },
        },
      },
    );
    expect(field.errors).toBeUndefined();
    expect(field.data!.createField.options.choices.map((c: any) => c.name)).toEqual([
      'Won',
      'Lost',
    ]);
    // The mirror has the new field at once.
    const described = await s.as(s.owner)(
      `query ($b: ID!) { base(id: $b) { table(idOrName: "Deal Copies") { fields { name } } } }`,
      { b: s.baseId },
    );
    expect(described.data!.base.table.fields.map((f: any) => f.name)).toEqual([
      'Name',
      'Amount',
      'Stage',
    ]);

    const input = {
      sourceBaseId: s.baseId,
      sourceTableId: 'Deals',
      targetTableId: 'Deal Copies',
      keyField: 'Name',
    };
    const dry = await s.as(editor)(SYNC, { i: input });
    expect(dry.errors).toBeUndefined();
    expect(dry.data!.syncTables).toMatchObject({
      dryRun: true,
      fields: ['Name', 'Amount', 'Stage'],
      createCount: deals.length,
      updateCount: 0,
      unchangedCount: 0,
      onlyInTargetCount: 0,
      skippedCount: 0,
      writes: [],
    });
    expect(dry.data!.syncTables.toCreate).toHaveLength(100);
    const listed = dry.data!.syncTables.toCreate[0];
    const seeded = deals.find((d) => d.Name === listed.key)!;
    expect(listed.fields).toEqual({
      Name: seeded.Name,
      Amount: seeded.Amount,
      Stage: seeded.Stage,
    });
    const count = async () =>
      (
        await s.as(s.owner)(
          `query ($b: ID!) { base(id: $b) { table(idOrName: "Deal Copies") { recordCount } } }`,
          { b: s.baseId },
        )
      ).data!.base.table.recordCount;
    expect(await count()).toBe(0);

    const viewer = await s.member('VIEWER');
    const viewerApply = await s.as(viewer)(SYNC, { i: { ...input, dryRun: false } });
    expect(viewerApply.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await count()).toBe(0);

    const applied = await s.as(editor)(SYNC, { i: { ...input, dryRun: false } });
    expect(applied.errors).toBeUndefined();
    expect(applied.data!.syncTables.writes.map((w: any) => w.status)).toEqual(['APPLIED']);
    expect(applied.data!.syncTables.writes[0].records).toHaveLength(deals.length);
    expect(await count()).toBe(deals.length);

    // A change in the source shows up as one update, with the values before and after.
    const source = await s.as(s.owner)(
      `query ($b: ID!) { records(baseId: $b, tableId: "Deals", first: 1) { edges { node { id fields } } } }`,
      { b: s.baseId },
    );
    const deal = source.data!.records.edges[0].node;
    await s.as(s.owner)(
      `mutation ($b: ID!, $r: [RecordUpdateInput!]!) { updateRecords(baseId: $b, tableId: "Deals", records: $r) { status } }`,
      { b: s.baseId, r: [{ id: deal.id, fields: { Amount: deal.fields.Amount + 1 } }] },
    );
    const diff = await s.as(s.owner)(SYNC, { i: input });
    expect(diff.data!.syncTables).toMatchObject({
      createCount: 0,
      updateCount: 1,
      unchangedCount: deals.length - 1,
      toUpdate: [
        {
          key: deal.fields.Name,
          changes: { Amount: { from: deal.fields.Amount, to: deal.fields.Amount + 1 } },
        },
      ],
    });

    const badKey = await s.as(s.owner)(SYNC, { i: { ...input, keyField: 'Company' } });
    expect(badKey.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: 'Unknown field "Company" in table Deal Copies.',
    });
  });
});
