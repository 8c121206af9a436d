import type { MirrorBase } from '../db.ts';
import type { AirtableDeps } from '../deps.ts';
import { requireBase } from './access.ts';
import type { Actor } from '@pyairtable/subgraph-kit';

/**
 * A synced base the actor can read, as they see it: its `workspaceId` is the workspace the
 * actor reaches it through (a base may be linked to several). NOT_FOUND for anyone else.
 */
export async function getBase(deps: AirtableDeps, actor: Actor, id: string): Promise<MirrorBase> {
  const { base, workspaceId } = await requireBase(deps, actor, id, 'VIEWER');
  return { ...base, workspaceId };
}
