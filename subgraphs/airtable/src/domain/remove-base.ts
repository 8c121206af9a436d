import type { AirtableDeps } from '../deps.ts';
import { requireBase } from './access.ts';
import type { Actor } from '@pyairtable/subgraph-kit';

/**
 * Stops mirroring a base for the actor's workspace (admins). Other workspaces linked to it
 * keep it; the mirror is deleted with its last link.
 */
export async function removeBase(deps: AirtableDeps, actor: Actor, id: string): Promise<boolean> {
  const { base, workspaceId } = await requireBase(deps, actor, id, 'ADMIN');
  await deps.sync.idle(base.id);
  const deleted = await deps.db.unlinkBase(base.id, workspaceId);
  actor.log.info({ baseId: base.id, workspaceId, mirrorDeleted: deleted }, 'base removed');
  return true;
}
