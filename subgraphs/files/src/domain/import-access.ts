import {
  notFound,
  requireUser,
  roleAtLeast,
  uuidOrNotFound,
  type Actor,
  type WorkspaceRole,
} from '@pyairtable/subgraph-kit';
import type { FilesDeps } from '../deps.ts';

/** An import of a workspace the actor belongs to (with at least `role`); NOT_FOUND otherwise. */
export async function requireImport(
  deps: FilesDeps,
  actor: Actor,
  id: string,
  role: WorkspaceRole = 'VIEWER',
) {
  const userId = requireUser(actor);
  const job = await deps.db.findImport(uuidOrNotFound(id, 'ImportJob'));
  if (!job) throw notFound('ImportJob', id);
  const held = await deps.memberships.roleOf(userId, job.workspaceId, actor.requestId);
  if (!held || !roleAtLeast(held, role)) throw notFound('ImportJob', id);
  return job;
}

/** Cancels a queued or running import (editors); the chunk being written ends first. */
export async function cancelImport(deps: FilesDeps, actor: Actor, id: string) {
  const job = await requireImport(deps, actor, id, 'EDITOR');
  await deps.db.cancelImport(job.id, deps.clock());
  actor.log.info({ importId: job.id }, 'import cancelled');
  return (await deps.db.findImport(job.id))!;
}
