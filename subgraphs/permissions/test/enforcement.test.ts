import { describe, expect, it } from 'vitest';
import { startPermissions, type PermissionsStack } from './harness.ts';

const FIELD_ACCESS = `mutation ($i: SetFieldAccessInput!) { setFieldAccess(input: $i) { id fieldId access role } }`;
const ROW_RULE = `mutation ($i: SetRowRuleInput!) { setRowRule(input: $i) { id formula role } }`;
const GRANT = `mutation ($i: GrantBaseAccessInput!) { grantBaseAccess(input: $i) { id role tableId user { id } } }`;
const RECORDS = `query ($b: ID!, $t: ID!, $f: String, $sort: [SortInput!]) {
  records(baseId: $b, tableId: $t, filterByFormula: $f, sort: $sort, first: 100) {
    totalCount edges { node { id fields cells { field { name } } } }
  }
}`;

async function limitViewers(s: PermissionsStack) {
  const owner = s.graph(s.owner);
  const hidden = await owner(FIELD_ACCESS, {
    i: { baseId: s.baseId, tableId: 'Deals', field: 'Amount', role: 'VIEWER', access: 'HIDDEN' },
  });
  expect(hidden.errors).toBeUndefined();
  const rule = await owner(ROW_RULE, {
    i: { baseId: s.baseId, tableId: 'Deals', role: 'VIEWER', formula: "{Stage} = 'Won'" },
  });
  expect(rule.data!.setRowRule).toMatchObject({ formula: "{Stage} = 'Won'", role: 'VIEWER' });
}

describe('permissions: rows and fields on the graph', () => {
  it('shows a viewer only the rows of their rule, without the hidden field, on every read', async () => {
    const s = await startPermissions();
    await limitViewers(s);
    const viewer = await s.member('VIEWER');
    const editor = await s.member('EDITOR');
    const read = s.graph(viewer);
    const vars = { b: s.baseId, t: 'Deals' };

    const page = await read(RECORDS, vars);
    expect(page.errors).toBeUndefined();
    expect(page.data!.records.totalCount).toBe(74);
    const nodes = page.data!.records.edges.map((e: any) => e.node);
    expect(nodes.every((n: any) => n.fields.Stage === 'Won' && !('Amount' in n.fields))).toBe(true);
    expect(nodes.flatMap((n: any) => n.cells.map((c: any) => c.field.name))).not.toContain(
      'Amount',
    );
    // Naming the hidden field fails exactly as for a field that does not exist.
    const filtered = await read(RECORDS, { ...vars, f: '{Amount} > 1' });
    const none = await read(RECORDS, { ...vars, f: '{Nope} > 1' });
    expect(filtered.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(filtered.errors?.[0]?.message).toBe(none.errors?.[0]?.message.replace('Nope', 'Amount'));
    const sorted = await read(RECORDS, { ...vars, sort: [{ field: 'Amount' }] });
    expect(sorted.errors?.[0]?.message).toBe('Unknown field "Amount" in table Deals.');

    const lead = (
      await s.airtable(
        'GET',
        `Deals?filterByFormula=${encodeURIComponent("{Stage}='Lead'")}&maxRecords=1`,
      )
    ).records[0];
    const outside = await read(
      `query ($b: ID!, $id: ID!) { record(baseId: $b, tableId: "Deals", id: $id) { id } }`,
      {
        b: s.baseId,
        id: lead.id,
      },
    );
    expect(outside.data!.record).toBeNull();
    const schema = await read(
      `query ($b: ID!) { base(id: $b) { table(idOrName: "Deals") { recordCount fields { name } } } }`,
      { b: s.baseId },
    );
    expect(schema.data!.base.table.recordCount).toBe(74);
    expect(schema.data!.base.table.fields.map((f: any) => f.name)).not.toContain('Amount');
    const csv = await read(
      `query ($b: ID!) { exportCsv(baseId: $b, tableId: "Deals") { rowCount columns } }`,
      { b: s.baseId },
    );
    expect(csv.data!.exportCsv.rowCount).toBe(74);
    expect(csv.data!.exportCsv.columns).not.toContain('Amount');
    const analysis = await read(
      `query ($b: ID!) { tableAnalysis(baseId: $b, tableId: "Deals", fields: ["Amount"]) { recordCount } }`,
      { b: s.baseId },
    );
    expect(analysis.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const search = await read(
      `query ($b: ID!) { searchRecords(baseId: $b, tableId: "Deals", query: "${lead.fields.Name.split(' ')[0]}") { fields } }`,
      { b: s.baseId },
    );
    expect(search.data!.searchRecords.every((r: any) => r.fields.Stage === 'Won')).toBe(true);

    // Rules of the viewer role do not touch editors; admins are never limited.
    const everything = await s.graph(editor)(RECORDS, vars);
    expect(everything.data!.records.totalCount).toBe(300);
    expect(everything.data!.records.edges[0].node.fields).toHaveProperty('Amount');
  });

  it('refuses whole writes that touch read-only fields or leave the rule, and rows outside it', async () => {
    const s = await startPermissions();
    const owner = s.graph(s.owner);
    await owner(FIELD_ACCESS, {
      i: {
        baseId: s.baseId,
        tableId: 'Deals',
        field: 'Stage',
        role: 'EDITOR',
        access: 'READ_ONLY',
      },
    });
    await owner(ROW_RULE, {
      i: { baseId: s.baseId, tableId: 'Deals', role: 'EDITOR', formula: "{Next Step} != 'Hidden'" },
    });
    const editor = s.graph(await s.member('EDITOR'));
    const [a, b] = (await s.airtable('GET', 'Deals?maxRecords=2')).records;
    await s.airtable('PATCH', `Deals/${b.id}`, { fields: { 'Next Step': 'Hidden' } });
    await s.deps.sync.pollNow(s.baseId);
    const UPDATE = `mutation ($b: ID!, $r: [RecordUpdateInput!]!) { updateRecords(baseId: $b, tableId: "Deals", records: $r) { status } }`;

    const readOnly = await editor(UPDATE, {
      b: s.baseId,
      r: [{ id: a.id, fields: { 'Next Step': 'Call', Stage: 'Won' } }],
    });
    expect(readOnly.errors?.[0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: 'Field "Stage" is read-only for you.',
    });
    const outside = await editor(UPDATE, {
      b: s.baseId,
      r: [{ id: b.id, fields: { 'Next Step': 'x' } }],
    });
    expect(outside.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const leaving = await editor(UPDATE, {
      b: s.baseId,
      r: [
        { id: a.id, fields: { 'Next Step': 'Fine' } },
        { id: a.id, fields: { 'Next Step': 'Hidden' } },
      ],
    });
    expect(leaving.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await s.airtable('GET', `Deals/${a.id}`)).fields['Next Step']).toBe(
      a.fields['Next Step'],
    );
    const allowed = await editor(UPDATE, {
      b: s.baseId,
      r: [{ id: a.id, fields: { 'Next Step': 'Call' } }],
    });
    expect(allowed.data!.updateRecords.status).toBe('APPLIED');
  });
});

describe('permissions: grants', () => {
  it('denies a base to one member, opens one table to another, and takes effect at once', async () => {
    const s = await startPermissions();
    const owner = s.graph(s.owner);
    const contractor = await s.member('VIEWER');
    const denied = await owner(GRANT, {
      i: { baseId: s.baseId, userId: contractor.id, role: 'NONE' },
    });
    expect(denied.data!.grantBaseAccess).toMatchObject({
      role: 'NONE',
      tableId: null,
      user: { id: contractor.id },
    });
    const theirs = s.graph(contractor);
    const base = await theirs(`query ($b: ID!) { base(id: $b) { name } }`, { b: s.baseId });
    expect(base.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const bases = await theirs(`query ($w: ID!) { workspace(id: $w) { bases { id } } }`, {
      w: s.workspaceId,
    });
    expect(bases.data!.workspace.bases).toEqual([]);
    expect((await s.rest(contractor)('GET', `/v0/${s.baseId}/Deals`)).status).toBe(403);

    await owner(`mutation ($id: ID!) { revokeBaseAccess(id: $id) }`, {
      id: denied.data!.grantBaseAccess.id,
    });
    expect(
      (await theirs(`query ($b: ID!) { base(id: $b) { name } }`, { b: s.baseId })).data!.base.name,
    ).toBe('Demo CRM');

    const writer = await owner(GRANT, {
      i: { baseId: s.baseId, tableId: 'Deals', userId: contractor.id, role: 'EDITOR' },
    });
    expect(writer.data!.grantBaseAccess.tableId).toBe(s.tableId('Deals'));
    const CREATE = `mutation ($b: ID!, $t: ID!) { createRecords(baseId: $b, tableId: $t, records: [{ fields: { Name: "By contractor" } }]) { status } }`;
    expect((await theirs(CREATE, { b: s.baseId, t: 'Deals' })).data!.createRecords.status).toBe(
      'APPLIED',
    );
    expect(
      (await theirs(CREATE, { b: s.baseId, t: 'Companies' })).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
  });

  it('answers batch checks and explains access, for admins only', async () => {
    const s = await startPermissions();
    await limitViewers(s);
    const viewer = await s.member('VIEWER');
    const CAN = `query ($c: [PermissionCheckInput!]!) { can(checks: $c) { action allowed reason } }`;
    const checks = [
      { action: 'READ', resource: { baseId: s.baseId } },
      { action: 'READ', resource: { baseId: s.baseId, tableId: 'Deals', field: 'Amount' } },
      { action: 'READ', resource: { baseId: s.baseId, tableId: 'Deals', field: 'Stage' } },
      { action: 'WRITE', resource: { baseId: s.baseId, tableId: 'Deals' } },
      { action: 'MANAGE', resource: { baseId: s.baseId } },
      { action: 'READ', resource: { baseId: 'appNope12345678' } },
    ];
    const answers = await s.graph(viewer)(CAN, { c: checks });
    expect(answers.data!.can.map((a: any) => a.allowed)).toEqual([
      true,
      false,
      true,
      false,
      false,
      false,
    ]);
    expect(
      (await s.graph(s.owner)(CAN, { c: checks })).data!.can.map((a: any) => a.allowed),
    ).toEqual([true, true, true, true, true, false]);
    const EXPLAIN = `query ($b: ID!, $u: ID!) { effectiveAccess(baseId: $b, userId: $u) { role decidedBy tables { tableName role hiddenFields rowRule } } }`;
    const explained = await s.graph(s.owner)(EXPLAIN, { b: s.baseId, u: viewer.id });
    expect(explained.data!.effectiveAccess).toMatchObject({
      role: 'VIEWER',
      decidedBy: 'WORKSPACE_ROLE',
    });
    expect(
      explained.data!.effectiveAccess.tables.find((t: any) => t.tableName === 'Deals'),
    ).toEqual({
      tableName: 'Deals',
      role: 'VIEWER',
      hiddenFields: ['Amount'],
      rowRule: "{Stage} = 'Won'",
    });
    const refused = await s.graph(viewer)(EXPLAIN, { b: s.baseId, u: viewer.id });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const stranger = s.factories.person('Stranger');
    const hidden = await s.graph(stranger)(GRANT, {
      i: { baseId: s.baseId, userId: viewer.id, role: 'EDITOR' },
    });
    expect(hidden.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('permissions: rules that name the caller', () => {
  it('lets each rep see only their own deals, on the graph and the REST API', async () => {
    const s = await startPermissions();
    const owner = s.graph(s.owner);
    const field = await owner(
      `mutation ($i: CreateFieldInput!) { createField(input: $i) { id } }`,
      { i: { baseId: s.baseId, tableId: 'Deals', field: { name: 'Rep', type: 'email' } } },
    );
    expect(field.errors).toBeUndefined();
    const [ann, bob] = [await s.member('VIEWER'), await s.member('VIEWER')];
    const deals = (await s.airtable('GET', 'Deals?maxRecords=3')).records;
    const UPDATE = `mutation ($b: ID!, $r: [RecordUpdateInput!]!) { updateRecords(baseId: $b, tableId: "Deals", records: $r) { status } }`;
    await owner(UPDATE, {
      b: s.baseId,
      r: [
        { id: deals[0].id, fields: { Rep: ann.email } },
        { id: deals[1].id, fields: { Rep: ann.email } },
        { id: deals[2].id, fields: { Rep: bob.email } },
      ],
    });
    await owner(ROW_RULE, {
      i: {
        baseId: s.baseId,
        tableId: 'Deals',
        role: 'VIEWER',
        formula: '{Rep} = CURRENT_USER_EMAIL()',
      },
    });
    const ids = async (person: typeof ann) =>
      (await s.graph(person)(RECORDS, { b: s.baseId, t: 'Deals' })).data!.records.edges.map(
        (e: any) => e.node.id,
      );
    expect((await ids(ann)).sort()).toEqual([deals[0].id, deals[1].id].sort());
    expect(await ids(bob)).toEqual([deals[2].id]);
    const rest = await s.rest(bob)('GET', `/v0/${s.baseId}/Deals`);
    expect(rest.body.records.map((r: any) => r.id)).toEqual([deals[2].id]);
    expect(await s.rest(bob)('GET', `/v0/${s.baseId}/Deals/${deals[0].id}`)).toEqual({
      status: 404,
      body: { error: 'NOT_FOUND' },
    });
  });
});
