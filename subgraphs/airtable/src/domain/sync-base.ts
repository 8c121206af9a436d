import { badUserInput, conflict } from '@pyairtable/subgraph-kit';
import type { AirtableDeps } from '../deps.ts';
import { requireConnection } from './access.ts';
import type { Actor } from './actor.ts';

/** Starts mirroring a base reachable with a connection's token (admins). */
export async function syncBase(
  deps: AirtableDeps,
  actor: Actor,
  input: { connectionId: string; baseId: string },
) {
  const connection = await requireConnection(deps, actor, input.connectionId);
  if (await deps.db.findBase(input.baseId)) throw conflict('This base is already synced.');
  const client = await deps.clients.forConnection(connection.id);
  const base = (await client.listBases()).bases.find((b) => b.id === input.baseId);
  if (!base) throw badUserInput('The connection cannot reach this base.', 'baseId');
  const row = await deps.db.insertBase({
    id: base.id,
    workspaceId: connection.workspaceId,
    connectionId: connection.id,
    name: base.name,
  });
  void deps.sync.syncNow(row.id);
  return row;
}
