import type { AirtableDeps } from '../deps.ts';
import { requireBase } from './access.ts';
import type { Actor } from './actor.ts';

/** Stops mirroring a base and deletes its mirror (admins). */
export async function removeBase(deps: AirtableDeps, actor: Actor, id: string): Promise<boolean> {
  const { base } = await requireBase(deps, actor, id, 'ADMIN');
  await deps.sync.idle(base.id);
  await deps.db.deleteBase(base.id);
  actor.log.info({ baseId: base.id }, 'base removed');
  return true;
}
