import type { AirtableDeps } from '../deps.ts';
import { requireBase } from './access.ts';
import type { Actor } from '@pyairtable/subgraph-kit';

/** Starts a full sync of a base again (admins); progress follows through syncProgress. */
export async function resyncBase(deps: AirtableDeps, actor: Actor, id: string) {
  const { base, workspaceId } = await requireBase(deps, actor, id, 'ADMIN');
  void deps.sync.syncNow(base.id);
  return { ...base, workspaceId };
}
