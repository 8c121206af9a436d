import { badUserInput, uuidOrNotFound, type Actor } from '@pyairtable/subgraph-kit';
import type { PermissionsDeps } from '../deps.ts';
import { policyFor } from './policy-for.ts';
import { requireBaseAdmin } from './require-base-admin.ts';

/**
 * Why a member has the access they have to a base, table by table: which grant or rule
 * decided (admins). Grants to an invited email count once the member's email is known to
 * the caller's request only, so they are left out here.
 */
export async function explainAccess(
  deps: PermissionsDeps,
  actor: Actor,
  input: { baseId: string; userId: string },
) {
  const base = await requireBaseAdmin(deps, actor, input.baseId);
  const userId = uuidOrNotFound(input.userId, 'Member');
  const workspaceRole = await deps.memberships.roleOf(userId, base.workspaceId, actor.requestId);
  if (!workspaceRole)
    throw badUserInput('That person is not a member of this workspace.', 'userId');
  const policy = await policyFor(deps, {
    workspaceId: base.workspaceId,
    baseId: base.id,
    workspaceRole,
    userId,
    email: null,
    apiKeyId: null,
  });
  const rules = await deps.db.loadBaseRules(base.workspaceId, base.id);
  const grantOf = (id: string | null) =>
    id ? (rules.grants.find((g) => g.id === id) ?? null) : null;
  return {
    baseId: base.id,
    userId,
    workspaceRole,
    role: policy.role,
    decidedBy: policy.decidedBy,
    grant: grantOf(policy.grantId),
    tables: base.tables.map((table) => {
      const t = policy.tables[table.id] ?? policy.defaultTable;
      const names = (ids: string[]) =>
        ids.map((id) => table.fields.find((f) => f.id === id)?.name ?? id);
      return {
        tableId: table.id,
        tableName: table.name,
        role: t.role,
        decidedBy: t.decidedBy,
        grant: grantOf(t.grantId),
        hiddenFields: names(t.hiddenFieldIds),
        readOnlyFields: names(t.readOnlyFieldIds),
        rowRule: t.rowRule,
      };
    }),
  };
}
