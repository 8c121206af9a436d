import {
  forbidden,
  notFound,
  roleAtLeast,
  uuidOrNotFound,
  type WorkspaceRole,
} from '@pyairtable/subgraph-kit';
import type { Connection, MirrorBase } from '../db.ts';
import type { AirtableDeps } from '../deps.ts';
import { requireUser, type Actor } from './actor.ts';

/** The actor's role in a workspace, or null when they are not a member. */
export async function roleIn(
  deps: AirtableDeps,
  actor: Actor,
  workspaceId: string,
): Promise<WorkspaceRole | null> {
  if (!actor.userId) return null;
  return deps.memberships.roleOf(actor.userId, workspaceId, actor.requestId);
}

/** The actor's role in a workspace, when at least `minimum`; FORBIDDEN otherwise. */
export async function requireWorkspaceRole(
  deps: AirtableDeps,
  actor: Actor,
  workspaceId: string,
  minimum: WorkspaceRole,
): Promise<WorkspaceRole> {
  return deps.memberships.requireRole(requireUser(actor), workspaceId, minimum);
}

/**
 * A synced base the actor may use with at least `minimum`. A base of a workspace the actor
 * is not a member of is NOT_FOUND, as if it did not exist (no existence oracle); a member
 * with too small a role is FORBIDDEN.
 */
export async function requireBase(
  deps: AirtableDeps,
  actor: Actor,
  baseId: string,
  minimum: WorkspaceRole,
): Promise<{ base: MirrorBase; role: WorkspaceRole }> {
  requireUser(actor);
  const base = await deps.db.findBase(baseId);
  const role = base ? await roleIn(deps, actor, base.workspaceId) : null;
  if (!base || !role) throw notFound('Base', baseId);
  if (!roleAtLeast(role, minimum))
    throw forbidden(`This needs the ${minimum.toLowerCase()} role or higher in this workspace.`);
  return { base, role };
}

/** A table of a base the actor may use with at least `minimum`. */
export async function requireTable(
  deps: AirtableDeps,
  actor: Actor,
  baseId: string,
  tableId: string,
  minimum: WorkspaceRole,
) {
  const { base, role } = await requireBase(deps, actor, baseId, minimum);
  // One table, not the whole schema: this runs on every records query.
  const table = await deps.db.findTableInBase(base.id, tableId);
  if (!table) throw notFound('Table', tableId);
  return { base, table, role };
}

/** A connection of a workspace the actor administers. */
export async function requireConnection(
  deps: AirtableDeps,
  actor: Actor,
  id: string,
): Promise<Connection> {
  const connection = await deps.db.findConnection(uuidOrNotFound(id, 'Connection'));
  if (!connection) throw notFound('Connection', id);
  await requireWorkspaceRole(deps, actor, connection.workspaceId, 'ADMIN');
  return connection;
}

export type MirrorTableWithSchema = Awaited<ReturnType<typeof requireTable>>['table'];
