import { badUserInput, conflict } from '@pyairtable/subgraph-kit';
import type { AirtableDeps } from '../deps.ts';
import { requireConnection } from './access.ts';
import type { Actor } from '@pyairtable/subgraph-kit';

/**
 * Starts mirroring a base reachable with a connection's token (admins). A base another
 * workspace already mirrors is linked to this one, its access proven by this connection's
 * own token, and shares the mirror; nothing tells either workspace about the other.
 */
export async function syncBase(
  deps: AirtableDeps,
  actor: Actor,
  input: { connectionId: string; baseId: string },
) {
  const connection = await requireConnection(deps, actor, input.connectionId);
  const { workspaceId } = connection;
  const client = await deps.clients.forConnection(connection.id);
  const reached = (await client.listBases()).bases.find((b) => b.id === input.baseId);
  if (!reached) throw badUserInput('The connection cannot reach this base.', 'baseId');
  const link = { baseId: reached.id, workspaceId, connectionId: connection.id };
  const existing = await deps.db.findBase(reached.id);
  if (existing?.links.some((l) => l.workspaceId === workspaceId))
    throw conflict('This base is already synced in this workspace.');
  // Created here unless it exists (or another workspace created it just now): then linked.
  const created = existing ? null : await deps.db.insertBase({ ...link, name: reached.name });
  if (created) {
    void deps.sync.syncNow(created.id);
    return created;
  }
  if (!(await deps.db.insertLink(link)))
    throw conflict('This base is already synced in this workspace.');
  actor.log.info({ baseId: reached.id, workspaceId }, 'base linked to a shared mirror');
  return { ...(await deps.db.findBase(reached.id))!, workspaceId };
}
