import { forbidden, notFound, requireUser, type Actor } from '@pyairtable/subgraph-kit';
import type { PermissionsDeps } from '../deps.ts';
import { findTable, readBase, type BaseAsSeen } from './read-base.ts';
import { isManager } from './roles.ts';

/**
 * A base the actor administers through one of their workspaces: its grants and rules belong
 * to that workspace. NOT_FOUND when they cannot see it, FORBIDDEN below admin.
 */
export async function requireBaseAdmin(
  deps: PermissionsDeps,
  actor: Actor,
  baseId: string,
): Promise<BaseAsSeen> {
  requireUser(actor);
  const base = await readBase(deps, actor, baseId);
  if (!base) throw notFound('Base', baseId);
  if (!isManager(base.role))
    throw forbidden("Only the workspace's owners and admins manage who may see what.");
  return base;
}

/** A table of an administered base, by id or name; NOT_FOUND otherwise. */
export function requireTableOf(base: BaseAsSeen, idOrName: string) {
  const table = findTable(base, idOrName);
  if (!table) throw notFound('Table', idOrName);
  return table;
}
