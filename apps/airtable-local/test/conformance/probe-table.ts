import { startAirtableLocal } from '../harness.ts';

/** airtable-local with a "Probe" table of the field types the conformance tests read. */
export async function startWithProbeTable(env: Record<string, string> = {}) {
  const local = await startAirtableLocal({ env });
  const created = await local.api('POST', `/v0/meta/bases/${local.baseId}/tables`, {
    name: 'Probe',
    fields: [
      { name: 'Name', type: 'singleLineText' },
      { name: 'Amount', type: 'number', options: { precision: 0 } },
      { name: 'Done', type: 'checkbox', options: { icon: 'check', color: 'greenBright' } },
      { name: 'Summary', type: 'richText' },
      { name: 'Tags', type: 'multipleSelects', options: { choices: [{ name: 'vip' }] } },
    ],
  });
  if (created.status !== 200) throw new Error(`Probe table: ${JSON.stringify(created.body)}`);
  const table = created.body as { id: string; fields: { id: string; name: string }[] };
  const fieldId = (name: string) => table.fields.find((f) => f.name === name)!.id;
  const addField = async (body: Record<string, unknown>) => {
    const res = await local.api(
      'POST',
      `/v0/meta/bases/${local.baseId}/tables/${table.id}/fields`,
      body,
    );
    if (res.status !== 200) throw new Error(`Probe field: ${JSON.stringify(res.body)}`);
    return res.body as { id: string };
  };
  const probe = `/v0/${local.baseId}/Probe`;
  /** Names of the Probe records the formula keeps. */
  const matching = async (formula: string) =>
    (
      await local.api('GET', `${probe}?filterByFormula=${encodeURIComponent(formula)}`)
    ).body.records.map((r: { fields: { Name?: string } }) => r.fields.Name);
  return { ...local, tableId: table.id, fieldId, addField, probe, matching };
}
