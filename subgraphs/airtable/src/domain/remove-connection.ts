import type { AirtableDeps } from '../deps.ts';
import { requireConnection } from './access.ts';
import type { Actor } from '@pyairtable/subgraph-kit';

/** Removes a connection (admins); its bases' mirrors go with it. */
export async function removeConnection(
  deps: AirtableDeps,
  actor: Actor,
  id: string,
): Promise<boolean> {
  const connection = await requireConnection(deps, actor, id);
  await deps.db.deleteConnection(connection.id);
  deps.clients.forget(connection.id);
  actor.log.info({ connectionId: connection.id }, 'airtable connection removed');
  return true;
}
