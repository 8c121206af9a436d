import type { Actor } from '@pyairtable/subgraph-kit';
import type { PermissionsDeps } from '../deps.ts';
import { requireBaseAdmin } from './require-base-admin.ts';

/** The grants and rules of a base in the admin's workspace. */
export async function readSharing(deps: PermissionsDeps, actor: Actor, baseId: string) {
  const base = await requireBaseAdmin(deps, actor, baseId);
  const rules = await deps.db.loadBaseRules(base.workspaceId, base.id);
  return { baseId: base.id, ...rules };
}
