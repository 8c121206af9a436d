import { describe, expect, it } from 'vitest';
import { startWithProbeTable } from './probe-table.ts';

describe('Airtable docs, Field model: checkbox', () => {
  // Field model, "Checkbox": the cell is true, or absent when unchecked; writing false clears it.
  it('leaves an unchecked checkbox out of fields, written false or not at all (Field model: Checkbox)', async () => {
    const { api, probe } = await startWithProbeTable();
    const res = await api('POST', probe, {
      records: [
        { fields: { Name: 'checked', Done: true } },
        { fields: { Name: 'false', Done: false } },
        { fields: { Name: 'absent' } },
      ],
    });
    expect(res.body.records.map((r: { fields: object }) => r.fields)).toEqual([
      { Name: 'checked', Done: true },
      { Name: 'false' },
      { Name: 'absent' },
    ]);
  });

  it('matches NOT({Done}) for every unchecked record (Formula field reference: NOT)', async () => {
    const { api, probe, matching } = await startWithProbeTable();
    await api('POST', probe, {
      records: [
        { fields: { Name: 'checked', Done: true } },
        { fields: { Name: 'false', Done: false } },
        { fields: { Name: 'absent' } },
      ],
    });
    const [checked] = (await api('GET', `${probe}?filterByFormula=${encodeURIComponent('{Done}')}`))
      .body.records;
    await api('PATCH', `${probe}/${checked.id}`, { fields: { Done: false } });
    expect(await matching('NOT({Done})')).toEqual(['checked', 'false', 'absent']);
    expect(await matching('{Done} = FALSE()')).toEqual(['checked', 'false', 'absent']);
    expect(await matching('{Done} & "" = "0"')).toEqual(['checked', 'false', 'absent']);
    expect(await matching('{Done}')).toEqual([]);
  });

  it('shows an unchecked checkbox as 0 in a formula field (Formula field reference: TRUE/FALSE)', async () => {
    const { api, probe, addField } = await startWithProbeTable();
    await addField({ name: 'Done text', type: 'formula', options: { formula: '{Done} & ""' } });
    const res = await api('POST', probe, {
      records: [{ fields: { Name: 'a', Done: true } }, { fields: { Name: 'b' } }],
    });
    expect(
      res.body.records.map((r: { fields: { 'Done text': string } }) => r.fields['Done text']),
    ).toEqual(['1', '0']);
  });
});
