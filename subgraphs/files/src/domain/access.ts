import {
  notFound,
  requireUser,
  roleAtLeast,
  uuidOrNotFound,
  type Actor,
  type WorkspaceRole,
} from '@pyairtable/subgraph-kit';
import type { File } from '../db.ts';
import type { FilesDeps } from '../deps.ts';

/** Checks the actor has at least `role` in the workspace; FORBIDDEN otherwise. */
export async function requireWorkspaceRole(
  deps: FilesDeps,
  actor: Actor,
  workspaceId: string,
  role: WorkspaceRole,
) {
  return deps.memberships.requireRole(
    requireUser(actor),
    uuidOrNotFound(workspaceId, 'Workspace').toLowerCase(),
    role,
  );
}

/**
 * A file of a workspace the actor belongs to (with at least `role`). Anyone else gets
 * NOT_FOUND, as if it did not exist, so file ids reveal nothing.
 */
export async function requireFile(
  deps: FilesDeps,
  actor: Actor,
  id: string,
  role: WorkspaceRole = 'VIEWER',
): Promise<File> {
  const userId = requireUser(actor);
  const file = await deps.db.findFile(uuidOrNotFound(id, 'File'));
  if (!file) throw notFound('File', id);
  const held = await deps.memberships.roleOf(userId, file.workspaceId, actor.requestId);
  if (!held || !roleAtLeast(held, role)) throw notFound('File', id);
  return file;
}
