import { collect, connectGraphqlWs, nextMatching } from '@pyairtable/testing';
import { describe, expect, it } from 'vitest';
import { startPermissions } from './harness.ts';

const CHANGES = `subscription ($b: ID!, $t: ID!) {
  recordChanged(baseId: $b, tableId: $t) { kind recordId changedFields record { id fields } }
}`;
const UPDATE = `mutation ($b: ID!, $r: [RecordUpdateInput!]!) { updateRecords(baseId: $b, tableId: "Deals", records: $r) { status } }`;

describe('permissions: live record changes', () => {
  it('never sends a viewer a row outside their rule or a hidden field; rows leaving and entering arrive as DELETED and CREATED', async () => {
    const s = await startPermissions();
    const owner = s.graph(s.owner);
    await owner(`mutation ($i: SetFieldAccessInput!) { setFieldAccess(input: $i) { id } }`, {
      i: { baseId: s.baseId, tableId: 'Deals', field: 'Amount', role: 'VIEWER', access: 'HIDDEN' },
    });
    await owner(`mutation ($i: SetRowRuleInput!) { setRowRule(input: $i) { id } }`, {
      i: { baseId: s.baseId, tableId: 'Deals', role: 'VIEWER', formula: "{Stage} = 'Won'" },
    });
    const viewer = await s.member('VIEWER');
    const stream = collect(connectGraphqlWs(s.gatewayUrl, await s.bearer(viewer)), CHANGES, {
      b: s.baseId,
      t: 'Deals',
    });
    await stream.registered;
    const pick = async (stage: string) =>
      (
        await s.airtable(
          'GET',
          `Deals?filterByFormula=${encodeURIComponent(`{Stage} = '${stage}'`)}&maxRecords=2`,
        )
      ).records as { id: string }[];
    const [won, wonToo] = await pick('Won');
    const [lead] = await pick('Lead');
    const write = (r: unknown[]) => s.as(s.owner)(UPDATE, { b: s.baseId, r });
    const amountId = (await s.deps.db.findTable(s.tableId('Deals')))!.fields.find(
      (f) => f.name === 'Amount',
    )!.id;

    await write([{ id: lead!.id, fields: { 'Next Step': 'Invisible' } }]);
    await write([{ id: won!.id, fields: { 'Next Step': 'Visible', Amount: 123 } }]);
    const updated = (await nextMatching(stream, (r) => r.data?.recordChanged?.recordId === won!.id))
      .data.recordChanged;
    expect(updated.kind).toBe('UPDATED');
    expect(updated.changedFields).not.toContain(amountId);
    expect(updated.record.fields).not.toHaveProperty('Amount');
    expect(updated.record.fields['Next Step']).toBe('Visible');

    await write([{ id: wonToo!.id, fields: { Stage: 'Lost' } }]);
    const left = await nextMatching(stream, (r) => r.data?.recordChanged?.recordId === wonToo!.id);
    expect(left.data.recordChanged).toMatchObject({ kind: 'DELETED', record: null });
    await write([{ id: lead!.id, fields: { Stage: 'Won' } }]);
    const entered = await nextMatching(stream, (r) => r.data?.recordChanged?.recordId === lead!.id);
    expect(entered.data.recordChanged).toMatchObject({
      kind: 'CREATED',
      record: { id: lead!.id, fields: { Stage: 'Won' } },
    });
    // The update made while the lead was outside the rule was never sent.
    const aboutLead = stream.results.filter((r) => r.data?.recordChanged?.recordId === lead!.id);
    expect(aboutLead).toHaveLength(1);

    // A grant that takes the base away ends the subscription at the next change.
    await owner(`mutation ($i: GrantBaseAccessInput!) { grantBaseAccess(input: $i) { id } }`, {
      i: { baseId: s.baseId, userId: viewer.id, role: 'NONE' },
    });
    await write([{ id: won!.id, fields: { 'Next Step': 'After the grant' } }]);
    const ended = await nextMatching(stream, (r) => Boolean(r.errors));
    expect(ended.errors[0].extensions.code).toBe('NOT_FOUND');
    expect(JSON.stringify(stream.results)).not.toContain('After the grant');
  });
});
