import { notFound, type Actor } from '@pyairtable/subgraph-kit';
import type { FilesDeps } from '../deps.ts';
import { requireFile } from './access.ts';

/** Deletes a file and its bytes: its uploader (an editor still) or a workspace admin. */
export async function deleteFile(deps: FilesDeps, actor: Actor, id: string) {
  const file = await requireFile(deps, actor, id, 'EDITOR');
  if (file.createdById !== actor.userId) {
    const role = await deps.memberships.roleOf(actor.userId!, file.workspaceId, actor.requestId);
    if (role !== 'ADMIN' && role !== 'OWNER') throw notFound('File', id);
  }
  await deps.storage.remove(file.id);
  await deps.db.deleteFile(file.id);
  actor.log.info({ fileId: file.id }, 'file deleted');
  return true;
}
