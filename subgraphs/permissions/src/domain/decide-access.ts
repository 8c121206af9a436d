import { createHash } from 'node:crypto';
import type { AccessRole, BasePolicy, TablePolicy, WorkspaceRole } from '@pyairtable/subgraph-kit';
import { isManager, lowest } from './roles.ts';

export type { BasePolicy, TablePolicy } from '@pyairtable/subgraph-kit';

/** A grant as the decision reads it. */
export interface GrantRow {
  id: string;
  tableId: string;
  userId: string | null;
  email: string | null;
  apiKeyId: string | null;
  role: AccessRole;
  expiresAt: Date | null;
}

export interface FieldRuleRow {
  tableId: string;
  fieldId: string;
  /** "role:<ROLE>" or "user:<id>". */
  subject: string;
  access: 'HIDDEN' | 'READ_ONLY' | 'EDITABLE';
}

export interface RowRuleRow {
  tableId: string;
  role: AccessRole;
  formula: string;
}

export interface Caller {
  workspaceRole: WorkspaceRole;
  userId: string;
  email: string | null;
  apiKeyId: string | null;
}

const live = (now: Date) => (g: GrantRow) => !g.expiresAt || g.expiresAt > now;

/**
 * The access a caller has to a base through a workspace, from the workspace role, the grants
 * and the rules (pure). A grant on a table wins over one on the base, which wins over the
 * workspace role; a NONE grant on the base or the table denies whatever else allows (deny
 * beats allow); an API key's grant can only lower what its owner has. Field rules of the
 * member win over those of their role. Owners and admins are never limited, except by the
 * grant of the API key they call with.
 */
export function decideAccess(input: {
  caller: Caller;
  grants: readonly GrantRow[];
  fieldRules: readonly FieldRuleRow[];
  rowRules: readonly RowRuleRow[];
  now: Date;
}): BasePolicy {
  const { caller } = input;
  const grants = input.grants.filter(live(input.now));
  const forMember = grants.filter(
    (g) =>
      (g.userId !== null && g.userId === caller.userId) ||
      (g.email !== null && g.email === caller.email?.toLowerCase()),
  );
  const forKey = caller.apiKeyId ? grants.filter((g) => g.apiKeyId === caller.apiKeyId) : [];
  const manager = isManager(caller.workspaceRole);
  const baseGrant = manager ? undefined : forMember.find((g) => g.tableId === '');
  const keyBaseGrant = forKey.find((g) => g.tableId === '');

  const base = capByKey(
    baseGrant
      ? {
          role: baseGrant.role,
          decidedBy: baseGrant.role === 'NONE' ? 'DENY' : 'BASE_GRANT',
          grantId: baseGrant.id,
        }
      : { role: caller.workspaceRole, decidedBy: 'WORKSPACE_ROLE', grantId: null },
    keyBaseGrant,
  );

  const table = (tableId: string): TablePolicy => {
    const grant = manager ? undefined : forMember.find((g) => g.tableId === tableId);
    let decided: Pick<TablePolicy, 'role' | 'decidedBy' | 'grantId'>;
    if (base.decidedBy === 'DENY') decided = base;
    else if (grant)
      decided = {
        role: grant.role,
        decidedBy: grant.role === 'NONE' ? 'DENY' : 'TABLE_GRANT',
        grantId: grant.id,
      };
    else decided = base;
    decided = capByKey(
      decided,
      forKey.find((g) => g.tableId === tableId),
    );
    const limited = !manager && decided.role !== 'NONE';
    const rules = limited
      ? fieldAccess(input.fieldRules, tableId, decided.role, caller.userId)
      : [];
    return {
      ...decided,
      hiddenFieldIds: rules.filter((r) => r.access === 'HIDDEN').map((r) => r.fieldId),
      readOnlyFieldIds: rules.filter((r) => r.access === 'READ_ONLY').map((r) => r.fieldId),
      rowRule: limited
        ? (input.rowRules.find((r) => r.tableId === tableId && r.role === decided.role)?.formula ??
          null)
        : null,
    };
  };

  const mentioned = new Set([
    ...grants.map((g) => g.tableId).filter(Boolean),
    ...input.fieldRules.map((r) => r.tableId),
    ...input.rowRules.map((r) => r.tableId),
  ]);
  const tables = Object.fromEntries([...mentioned].sort().map((id) => [id, table(id)]));
  // A table no grant or rule names: the base's decision, no field or row limits.
  const defaultTable: TablePolicy = {
    role: base.role,
    decidedBy: base.decidedBy,
    grantId: base.grantId,
    hiddenFieldIds: [],
    readOnlyFieldIds: [],
    rowRule: null,
  };
  const decided = { ...base, tables, defaultTable };
  return { ...decided, fingerprint: fingerprintOf(decided, caller) };
}

function capByKey<T extends Pick<TablePolicy, 'role' | 'decidedBy' | 'grantId'>>(
  decided: T,
  keyGrant: GrantRow | undefined,
): T {
  if (!keyGrant || lowest(decided.role, keyGrant.role) === decided.role) return decided;
  return { ...decided, role: keyGrant.role, decidedBy: 'API_KEY_GRANT', grantId: keyGrant.id };
}

/** The access of each field with a rule for this member or their role: the member's own rule wins. */
function fieldAccess(
  rules: readonly FieldRuleRow[],
  tableId: string,
  role: AccessRole,
  userId: string,
): FieldRuleRow[] {
  const byField = new Map<string, FieldRuleRow>();
  for (const rule of rules) {
    if (rule.tableId !== tableId) continue;
    if (rule.subject === `role:${role}` && !byField.has(rule.fieldId))
      byField.set(rule.fieldId, rule);
  }
  for (const rule of rules) {
    if (rule.tableId === tableId && rule.subject === `user:${userId}`)
      byField.set(rule.fieldId, rule);
  }
  return [...byField.values()];
}

// A row rule naming the caller gives each caller their own rows.
const NAMES_CALLER = /CURRENT_USER_(EMAIL|ID)\s*\(/i;

function fingerprintOf(policy: Omit<BasePolicy, 'fingerprint'>, caller: Caller): string {
  const personal = Object.values(policy.tables).some(
    (t) => t.rowRule && NAMES_CALLER.test(t.rowRule),
  );
  const shape = (t: TablePolicy) => [
    t.role,
    [...t.hiddenFieldIds].sort(),
    [...t.readOnlyFieldIds].sort(),
    t.rowRule,
  ];
  return createHash('sha256')
    .update(
      JSON.stringify([
        personal ? [caller.userId, caller.email] : null,
        policy.role,
        shape(policy.defaultTable),
        Object.entries(policy.tables).map(([id, t]) => [id, shape(t)]),
      ]),
    )
    .digest('base64url')
    .slice(0, 22);
}
