import { describe, expect, it } from 'vitest';
import { startWithProbeTable } from './probe-table.ts';

describe('Airtable docs, Field model: last modified time, and LAST_MODIFIED_TIME', () => {
  it('answers LAST_MODIFIED_TIME({Field}) with the time that field was written (Formula field reference: record functions)', async () => {
    const { api, probe, addField } = await startWithProbeTable();
    await addField({
      name: 'Amount changed',
      type: 'formula',
      options: { formula: 'LAST_MODIFIED_TIME({Amount})' },
    });
    await addField({
      name: 'Name changed',
      type: 'formula',
      options: { formula: 'LAST_MODIFIED_TIME({Name})' },
    });
    await addField({
      name: 'Tags changed',
      type: 'formula',
      options: { formula: 'LAST_MODIFIED_TIME({Tags})' },
    });
    await addField({
      name: 'Any change',
      type: 'formula',
      options: { formula: 'LAST_MODIFIED_TIME()' },
    });
    const created = (await api('POST', probe, { fields: { Name: 'r', Amount: 1 } })).body;
    expect(created.fields['Name changed']).toBe(created.createdTime);
    expect(created.fields['Amount changed']).toBe(created.createdTime);
    expect(created.fields).not.toHaveProperty('Tags changed');

    const updated = (await api('PATCH', `${probe}/${created.id}`, { fields: { Amount: 2 } })).body;
    expect(updated.fields['Name changed']).toBe(created.createdTime);
    expect(updated.fields['Amount changed']).toBe(updated.fields['Any change']);
    expect(Date.parse(updated.fields['Amount changed'])).toBeGreaterThanOrEqual(
      Date.parse(created.createdTime),
    );
  });

  it('fills a last-modified-time field that watches some fields only when they change (Field model: last modified time)', async () => {
    const { api, probe, addField, fieldId } = await startWithProbeTable();
    await addField({
      name: 'Name edited',
      type: 'lastModifiedTime',
      options: { referencedFieldIds: [fieldId('Name')] },
    });
    await addField({ name: 'Edited', type: 'lastModifiedTime' });
    const created = (await api('POST', probe, { fields: { Amount: 1 } })).body;
    expect(created.fields).not.toHaveProperty('Name edited');
    expect(created.fields.Edited).toBe(created.createdTime);
    const amount = (await api('PATCH', `${probe}/${created.id}`, { fields: { Amount: 2 } })).body;
    expect(amount.fields).not.toHaveProperty('Name edited');
    const named = (await api('PATCH', `${probe}/${created.id}`, { fields: { Name: 'n' } })).body;
    expect(named.fields['Name edited']).toBe(named.fields.Edited);
  });

  it('does not move the modified time for a write that changes nothing (Field model: last modified time)', async () => {
    const { api, probe, addField } = await startWithProbeTable();
    await addField({ name: 'Edited', type: 'lastModifiedTime' });
    const created = (await api('POST', probe, { fields: { Name: 'same', Amount: 1 } })).body;
    const patched = (await api('PATCH', `${probe}/${created.id}`, { fields: { Amount: 1 } })).body;
    expect(patched.fields.Edited).toBe(created.fields.Edited);
  });
});
