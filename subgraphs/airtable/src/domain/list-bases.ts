import { roleAtLeast } from '@pyairtable/subgraph-kit';
import type { MirrorBase } from '../db.ts';
import type { AirtableDeps } from '../deps.ts';
import { roleIn } from './access.ts';
import type { Actor } from './actor.ts';

/** The bases synced in a workspace; none unless the actor is a member. */
export async function listWorkspaceBases(
  deps: AirtableDeps,
  actor: Actor,
  workspaceId: string,
): Promise<MirrorBase[]> {
  return (await roleIn(deps, actor, workspaceId)) ? deps.db.listBases({ workspaceId }) : [];
}

/** Every synced base the actor can read, across their workspaces. */
export async function listVisibleBases(deps: AirtableDeps, actor: Actor): Promise<MirrorBase[]> {
  const visible: MirrorBase[] = [];
  for (const base of await deps.db.listBases()) {
    if (await roleIn(deps, actor, base.workspaceId)) visible.push(base);
  }
  return visible;
}

/** A workspace's Airtable connections; none unless the actor administers it. */
export async function listConnections(deps: AirtableDeps, actor: Actor, workspaceId: string) {
  const role = await roleIn(deps, actor, workspaceId);
  return role && roleAtLeast(role, 'ADMIN') ? deps.db.listConnections(workspaceId) : [];
}
