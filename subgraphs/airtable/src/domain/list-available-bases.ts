import type { Connection } from '../db.ts';
import type { AirtableDeps } from '../deps.ts';

/** The bases a connection's token reaches in Airtable, marking those already synced. */
export async function listAvailableBases(deps: AirtableDeps, connection: Connection) {
  const client = await deps.clients.forConnection(connection.id);
  const synced = new Set(
    (await deps.db.listBases({ connectionId: connection.id })).map((b) => b.id),
  );
  return (await client.listBases()).bases.map((b) => ({ ...b, synced: synced.has(b.id) }));
}
