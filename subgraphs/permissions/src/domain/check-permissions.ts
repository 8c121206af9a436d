import { requireUser, type Actor, type WorkspaceRole } from '@pyairtable/subgraph-kit';
import type { PermissionsDeps } from '../deps.ts';
import type { BasePolicy, TablePolicy } from './decide-access.ts';
import { policyFor } from './policy-for.ts';
import { findTable, readBase, type BaseAsSeen } from './read-base.ts';
import { ACTION_ROLES, atLeast, type PermissionAction } from './roles.ts';

export interface PermissionCheck {
  action: PermissionAction;
  resource: {
    baseId: string;
    tableId?: string | null;
    field?: string | null;
    recordId?: string | null;
  };
}

const MAX_CHECKS = 200;
const NO_BASE = 'There is no such base, or you cannot see it.';

/** Whether the record is one the actor may see (inside their row rule), read as them. */
type RecordVisible = (baseId: string, tableId: string, recordId: string) => Promise<boolean>;

/**
 * Answers a batch of checks for the actor in one request: each base is read once (as the
 * actor, through the gateway) and decided once.
 */
export async function checkPermissions(
  deps: PermissionsDeps,
  actor: Actor,
  checks: readonly PermissionCheck[],
  recordVisible: RecordVisible,
) {
  const userId = requireUser(actor);
  if (checks.length > MAX_CHECKS) checks = checks.slice(0, MAX_CHECKS);
  const bases = new Map<string, Promise<{ base: BaseAsSeen; policy: BasePolicy } | null>>();
  const decide = (baseId: string) => {
    let found = bases.get(baseId);
    if (!found) {
      found = readBase(deps, actor, baseId).then(async (base) =>
        base
          ? {
              base,
              policy: await policyFor(deps, {
                workspaceId: base.workspaceId,
                baseId: base.id,
                workspaceRole: base.role as WorkspaceRole,
                userId,
                email: actor.email,
                apiKeyId: actor.apiKeyId,
              }),
            }
          : null,
      );
      bases.set(baseId, found);
    }
    return found;
  };
  return Promise.all(
    checks.map(async (check) => {
      const answer = (allowed: boolean, reason: string | null = null) => ({
        action: check.action,
        ...check.resource,
        allowed,
        reason: allowed ? null : reason,
      });
      const decided = await decide(check.resource.baseId);
      if (!decided) return answer(false, NO_BASE);
      const needed = ACTION_ROLES[check.action];
      const { tableId, field, recordId } = check.resource;
      if (!tableId) {
        return atLeast(decided.policy.role, needed)
          ? answer(true)
          : answer(false, `This needs the ${needed.toLowerCase()} role on the base.`);
      }
      const table = findTable(decided.base, tableId);
      if (!table) return answer(false, 'There is no such table, or you cannot see it.');
      const policy: TablePolicy = decided.policy.tables[table.id] ?? decided.policy.defaultTable;
      if (!atLeast(policy.role, needed))
        return answer(false, `This needs the ${needed.toLowerCase()} role on the table.`);
      if (field) {
        const f =
          table.fields.find((x) => x.id === field) ?? table.fields.find((x) => x.name === field);
        if (!f || policy.hiddenFieldIds.includes(f.id))
          return answer(false, 'There is no such field, or it is hidden from you.');
        if (check.action === 'WRITE' && policy.readOnlyFieldIds.includes(f.id))
          return answer(false, 'This field is read-only for you.');
      }
      if (recordId && !(await recordVisible(decided.base.id, table.id, recordId)))
        return answer(false, 'There is no such record, or you cannot see it.');
      return answer(true);
    }),
  );
}
