import { describe, expect, it } from 'vitest';
import { startWithProbeTable } from './probe-table.ts';

describe('Airtable docs, Field model: rich text, and "Markdown rich text output in the API"', () => {
  it('reads and writes Markdown, always ending in a line break (Markdown rich text output in the API)', async () => {
    const { api, probe } = await startWithProbeTable();
    const created = await api('POST', probe, {
      fields: { Name: 'r', Summary: '## Plan\n- **ship** it' },
    });
    expect(created.body.fields.Summary).toBe('## Plan\n- **ship** it\n');
    const read = await api('GET', `${probe}/${created.body.id}`);
    expect(read.body.fields.Summary).toBe('## Plan\n- **ship** it\n');
    const cleared = await api('PATCH', `${probe}/${created.body.id}`, { fields: { Summary: '' } });
    expect(cleared.body.fields).not.toHaveProperty('Summary');
  });

  it('gives formulas the text without its Markdown (Markdown rich text output in the API: rich text in a formula)', async () => {
    const { api, probe, addField, matching } = await startWithProbeTable();
    await addField({ name: 'Plain', type: 'formula', options: { formula: '{Summary}' } });
    const created = await api('POST', probe, {
      fields: { Name: 'r', Summary: '## Plan\n\n- **ship** [it](https://x.example)\n' },
    });
    expect(created.body.fields.Plain).toBe('Plan\n- ship it\n');
    expect(await matching('FIND("**", {Summary}) = 0')).toEqual(['r']);
    expect(await matching('FIND("ship it", {Summary})')).toEqual(['r']);
  });

  it('refuses a rich text value that is not text (Field model: rich text)', async () => {
    const { api, probe } = await startWithProbeTable();
    const res = await api('POST', probe, { fields: { Summary: 42 } });
    expect(res.status).toBe(422);
    expect(res.body.error.type).toBe('INVALID_VALUE_FOR_COLUMN');
  });
});
