import {
  forbidden,
  notFound,
  roleAtLeast,
  uuidOrNotFound,
  type WorkspaceRole,
} from '@pyairtable/subgraph-kit';
import type { BaseLink, Connection, LinkedBase } from '../db.ts';
import type { AirtableDeps } from '../deps.ts';
import { requireUser, type Actor } from '@pyairtable/subgraph-kit';

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

/** How an actor reaches a base: through the linked workspace where their role is highest. */
export interface BaseAccess {
  base: LinkedBase;
  role: WorkspaceRole;
  /** The workspace the access comes through; writes and audit are its. */
  workspaceId: string;
  /** That workspace's connection: calls to Airtable for the actor use its token. */
  connectionId: string;
}

/**
 * A synced base the actor may use with at least `minimum`, through the linked workspace
 * where their role is highest. A base none of the actor's workspaces is linked to is
 * NOT_FOUND, as if it did not exist (no existence oracle); too small a role is FORBIDDEN.
 */
export async function requireBase(
  deps: AirtableDeps,
  actor: Actor,
  baseId: string,
  minimum: WorkspaceRole,
): Promise<BaseAccess> {
  requireUser(actor);
  const base = await deps.db.findBase(baseId);
  const roles = await Promise.all(
    (base?.links ?? []).map(async (link) => ({
      link,
      role: await roleIn(deps, actor, link.workspaceId),
    })),
  );
  let best: { link: BaseLink; role: WorkspaceRole } | undefined;
  for (const { link, role } of roles) {
    if (role && (!best || !roleAtLeast(best.role, role))) best = { link, role };
  }
  if (!base || !best) throw notFound('Base', baseId);
  if (!roleAtLeast(best.role, minimum))
    throw forbidden(`This needs the ${minimum.toLowerCase()} role or higher in this workspace.`);
  return {
    base,
    role: best.role,
    workspaceId: best.link.workspaceId,
    connectionId: best.link.connectionId,
  };
}

/** A table of a base the actor may use with at least `minimum`. */
export async function requireTable(
  deps: AirtableDeps,
  actor: Actor,
  baseId: string,
  tableId: string,
  minimum: WorkspaceRole,
) {
  const access = await requireBase(deps, actor, baseId, minimum);
  // One table, not the whole schema: this runs on every records query.
  const table = await deps.db.findTableInBase(access.base.id, tableId);
  if (!table) throw notFound('Table', tableId);
  return { ...access, table };
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
