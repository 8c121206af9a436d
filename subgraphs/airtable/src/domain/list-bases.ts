import { requireUser, roleAtLeast, type Actor } from '@pyairtable/subgraph-kit';
import type { MirrorBase } from '../db.ts';
import type { AirtableDeps } from '../deps.ts';
import { findBaseAccess, roleIn } from './access.ts';

/**
 * The bases linked to a workspace that the actor may see through it; none unless they are a
 * member. A base a grant denies them is left out.
 */
export async function listWorkspaceBases(
  deps: AirtableDeps,
  actor: Actor,
  workspaceId: string,
): Promise<MirrorBase[]> {
  const workspaceRole = await roleIn(deps, actor, workspaceId);
  if (!workspaceRole) return [];
  const bases: MirrorBase[] = [];
  const keyBases = actor.caller.apiKeyScopes?.baseIds;
  for (const base of await deps.db.listBases({ workspaceId })) {
    if (keyBases && !keyBases.includes(base.id)) continue;
    const policy = await deps.policies.policyFor({
      workspaceId,
      baseId: base.id,
      workspaceRole,
      userId: requireUser(actor),
      email: actor.email,
      apiKeyId: actor.apiKeyId,
    });
    if (policy.role !== 'NONE') bases.push({ ...base, workspaceId });
  }
  return bases;
}

/** Every synced base the actor can read, across their workspaces, each once. */
export async function listVisibleBases(deps: AirtableDeps, actor: Actor): Promise<MirrorBase[]> {
  const visible: MirrorBase[] = [];
  for (const base of await deps.db.listBases()) {
    if (!base.links.length) continue;
    const access = await findBaseAccess(deps, actor, base.id);
    if (access) visible.push({ ...base, workspaceId: access.workspaceId });
  }
  return visible;
}

/** A workspace's Airtable connections; none unless the actor administers it. */
export async function listConnections(deps: AirtableDeps, actor: Actor, workspaceId: string) {
  const role = await roleIn(deps, actor, workspaceId);
  return role && roleAtLeast(role, 'ADMIN') ? deps.db.listConnections(workspaceId) : [];
}
