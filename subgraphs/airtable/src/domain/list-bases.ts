import { roleAtLeast } from '@pyairtable/subgraph-kit';
import type { MirrorBase } from '../db.ts';
import type { AirtableDeps } from '../deps.ts';
import { roleIn } from './access.ts';
import type { Actor } from '@pyairtable/subgraph-kit';

/** The bases linked to a workspace, as seen through it; none unless the actor is a member. */
export async function listWorkspaceBases(
  deps: AirtableDeps,
  actor: Actor,
  workspaceId: string,
): Promise<MirrorBase[]> {
  if (!(await roleIn(deps, actor, workspaceId))) return [];
  return (await deps.db.listBases({ workspaceId })).map((base) => ({ ...base, workspaceId }));
}

/** Every synced base the actor can read, across their workspaces, each once. */
export async function listVisibleBases(deps: AirtableDeps, actor: Actor): Promise<MirrorBase[]> {
  const visible: MirrorBase[] = [];
  for (const base of await deps.db.listBases()) {
    for (const link of base.links) {
      if (await roleIn(deps, actor, link.workspaceId)) {
        visible.push({ ...base, workspaceId: link.workspaceId });
        break;
      }
    }
  }
  return visible;
}

/** A workspace's Airtable connections; none unless the actor administers it. */
export async function listConnections(deps: AirtableDeps, actor: Actor, workspaceId: string) {
  const role = await roleIn(deps, actor, workspaceId);
  return role && roleAtLeast(role, 'ADMIN') ? deps.db.listConnections(workspaceId) : [];
}
