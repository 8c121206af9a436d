import type { MirrorBase } from '../db.ts';
import type { AirtableDeps } from '../deps.ts';
import { requireBase } from './access.ts';
import type { Actor } from './actor.ts';

/** A synced base the actor can read; NOT_FOUND for bases of other workspaces. */
export async function getBase(deps: AirtableDeps, actor: Actor, id: string): Promise<MirrorBase> {
  return (await requireBase(deps, actor, id, 'VIEWER')).base;
}
