import { describe, expect, it } from 'vitest';
import { ChangeSet } from '../src/records/record-changes.ts';
import { startAirtableLocal } from './harness.ts';

const SPEC = { specification: { options: { filters: { dataTypes: ['tableData'] } } } };

describe('webhook payloads compare cells by value', () => {
  it('reports only the fields whose values changed, whatever the order of object keys', () => {
    const changes = new ChangeSet();
    const attachment = { id: 'att1', url: 'https://x/a.png', filename: 'a.png', size: 3 };
    const reordered = { size: 3, filename: 'a.png', url: 'https://x/a.png', id: 'att1' };
    changes.changed(
      'tbl1',
      'rec1',
      { fldFiles: [attachment], fldOwner: { id: 'usr1', email: 'a@x' }, fldName: 'A' },
      { fldFiles: [reordered], fldOwner: { email: 'a@x', id: 'usr1' }, fldName: 'B' },
    );
    expect(changes.tables.get('tbl1')!.changed).toEqual([
      { id: 'rec1', current: { fldName: 'B' }, previous: { fldName: 'A' } },
    ]);
  });

  it('still sees a reordered list as a change', () => {
    const changes = new ChangeSet();
    changes.changed('tbl1', 'rec1', { fldTags: ['a', 'b'] }, { fldTags: ['b', 'a'] });
    expect(changes.tables.get('tbl1')!.changed[0]!.current).toEqual({ fldTags: ['b', 'a'] });
  });

  it('leaves an attachment sent back unchanged out of the payload', async () => {
    const { api, baseId } = await startAirtableLocal();
    const created = await api('POST', `/v0/bases/${baseId}/webhooks`, SPEC);
    const company = (await api('GET', `/v0/${baseId}/Companies?maxRecords=1`)).body.records[0];
    expect(company.fields.Logo).toBeDefined();
    await api('PATCH', `/v0/${baseId}/Companies/${company.id}`, {
      fields: { Logo: company.fields.Logo, Name: `${company.fields.Name} (renamed)` },
    });
    const { payloads } = (
      await api('GET', `/v0/bases/${baseId}/webhooks/${created.body.id}/payloads`)
    ).body;
    const tables = Object.values(payloads.at(-1).changedTablesById) as any[];
    const change = tables.find((t) => t.changedRecordsById?.[company.id]).changedRecordsById[
      company.id
    ];
    expect(Object.values(change.current.cellValuesByFieldId)).toEqual([
      `${company.fields.Name} (renamed)`,
    ]);
  });
});
