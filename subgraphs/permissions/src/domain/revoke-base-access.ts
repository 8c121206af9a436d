import { notFound, requireUser, uuidOrNotFound, type Actor } from '@pyairtable/subgraph-kit';
import type { PermissionsDeps } from '../deps.ts';
import { announceChange } from './announce-change.ts';
import { requireBaseAdmin } from './require-base-admin.ts';

/** Removes a grant (admins of its workspace): its subject inherits the workspace role again. */
export async function revokeBaseAccess(deps: PermissionsDeps, actor: Actor, id: string) {
  requireUser(actor);
  const grant = await deps.db.findGrant(uuidOrNotFound(id, 'Grant'));
  if (!grant) throw notFound('Grant', id);
  const base = await requireBaseAdmin(deps, actor, grant.baseId).catch(() => null);
  // Someone else's workspace's grant does not exist for this caller.
  if (!base || base.workspaceId !== grant.workspaceId) throw notFound('Grant', id);
  await deps.db.deleteGrant(grant.id);
  await announceChange(deps, grant.workspaceId, grant.baseId);
  actor.log.info({ baseId: grant.baseId, grantId: grant.id }, 'access revoked');
  return true;
}
