import { describe, expect, it } from 'vitest';
import { decideAccess, type GrantRow } from '../src/domain/decide-access.ts';

const now = new Date('2026-06-01T00:00:00Z');
const viewer = {
  workspaceRole: 'VIEWER' as const,
  userId: 'u1',
  email: 'ann@example.com',
  apiKeyId: null,
};
let n = 0;
const grant = (g: Partial<GrantRow>): GrantRow => ({
  id: `g${++n}`,
  tableId: '',
  userId: 'u1',
  email: null,
  apiKeyId: null,
  role: 'EDITOR',
  expiresAt: null,
  ...g,
});
const decide = (input: Partial<Parameters<typeof decideAccess>[0]>) =>
  decideAccess({ caller: viewer, grants: [], fieldRules: [], rowRules: [], now, ...input });

describe('access decisions', () => {
  it('inherits the workspace role when nothing else applies', () => {
    const policy = decide({});
    expect(policy).toMatchObject({ role: 'VIEWER', decidedBy: 'WORKSPACE_ROLE', tables: {} });
    expect(policy.defaultTable).toMatchObject({
      role: 'VIEWER',
      rowRule: null,
      hiddenFieldIds: [],
    });
  });

  it('lets a table grant win over a base grant, and a NONE anywhere deny (deny beats allow)', () => {
    const base = grant({ role: 'VIEWER' });
    const table = grant({ tableId: 'tblA', role: 'EDITOR' });
    const policy = decide({ grants: [base, table] });
    expect(policy.role).toBe('VIEWER');
    expect(policy.tables.tblA).toMatchObject({
      role: 'EDITOR',
      decidedBy: 'TABLE_GRANT',
      grantId: table.id,
    });
    const denied = decide({
      grants: [grant({ role: 'NONE' }), grant({ tableId: 'tblA', role: 'EDITOR' })],
    });
    expect(denied.role).toBe('NONE');
    expect(denied.tables.tblA).toMatchObject({ role: 'NONE', decidedBy: 'DENY' });
    const tableDenied = decide({ grants: [grant({ tableId: 'tblA', role: 'NONE' })] });
    expect(tableDenied.role).toBe('VIEWER');
    expect(tableDenied.tables.tblA!.role).toBe('NONE');
  });

  it('ignores expired grants, applies grants to an invited email, and never limits admins', () => {
    expect(
      decide({ grants: [grant({ role: 'NONE', expiresAt: new Date('2026-05-01') })] }).role,
    ).toBe('VIEWER');
    expect(
      decide({ grants: [grant({ userId: null, email: 'ann@example.com', role: 'EDITOR' })] }).role,
    ).toBe('EDITOR');
    const admin = decide({
      caller: { ...viewer, workspaceRole: 'ADMIN' },
      grants: [grant({ role: 'NONE' })],
      fieldRules: [{ tableId: 'tblA', fieldId: 'fldX', subject: 'role:ADMIN', access: 'HIDDEN' }],
      rowRules: [{ tableId: 'tblA', role: 'ADMIN', formula: 'FALSE()' }],
    });
    expect(admin.role).toBe('ADMIN');
    expect(admin.tables.tblA).toMatchObject({ role: 'ADMIN', hiddenFieldIds: [], rowRule: null });
  });

  it("caps the owner's role with their API key's grant", () => {
    const key = { ...viewer, workspaceRole: 'OWNER' as const, apiKeyId: 'k1' };
    const policy = decide({
      caller: key,
      grants: [grant({ userId: null, apiKeyId: 'k1', role: 'VIEWER' })],
    });
    expect(policy).toMatchObject({ role: 'VIEWER', decidedBy: 'API_KEY_GRANT' });
    const raised = decide({
      caller: { ...viewer, apiKeyId: 'k1' },
      grants: [grant({ userId: null, apiKeyId: 'k1', role: 'EDITOR' })],
    });
    expect(raised.role).toBe('VIEWER');
  });

  it("applies field rules of the role, the member's own rule first, and the role's row rule", () => {
    const policy = decide({
      fieldRules: [
        { tableId: 'tblA', fieldId: 'fldAmount', subject: 'role:VIEWER', access: 'HIDDEN' },
        { tableId: 'tblA', fieldId: 'fldNotes', subject: 'role:VIEWER', access: 'READ_ONLY' },
        { tableId: 'tblA', fieldId: 'fldNotes', subject: 'user:u1', access: 'EDITABLE' },
        { tableId: 'tblA', fieldId: 'fldStage', subject: 'role:EDITOR', access: 'HIDDEN' },
      ],
      rowRules: [
        { tableId: 'tblA', role: 'VIEWER', formula: '{Owner} = CURRENT_USER_EMAIL()' },
        { tableId: 'tblA', role: 'EDITOR', formula: 'TRUE()' },
      ],
    });
    expect(policy.tables.tblA).toMatchObject({
      role: 'VIEWER',
      hiddenFieldIds: ['fldAmount'],
      readOnlyFieldIds: [],
      rowRule: '{Owner} = CURRENT_USER_EMAIL()',
    });
  });

  it('gives equal fingerprints to equal access, and personal ones when a rule names the caller', () => {
    const rules = {
      rowRules: [{ tableId: 'tblA', role: 'VIEWER' as const, formula: '{Stage} = "Won"' }],
    };
    const other = { ...viewer, userId: 'u2', email: 'bob@example.com' };
    expect(decide(rules).fingerprint).toBe(decide({ ...rules, caller: other }).fingerprint);
    const personal = {
      rowRules: [
        { tableId: 'tblA', role: 'VIEWER' as const, formula: '{Owner} = CURRENT_USER_EMAIL()' },
      ],
    };
    expect(decide(personal).fingerprint).not.toBe(
      decide({ ...personal, caller: other }).fingerprint,
    );
    expect(decide({}).fingerprint).not.toBe(decide(rules).fingerprint);
  });
});
