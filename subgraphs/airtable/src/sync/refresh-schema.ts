import { createEvent, type EventBus } from '@pyairtable/events';
import type { AirtableClients } from '../airtable-clients.ts';
import { linkedWorkspaceIds, type AirtableDb, type LinkedBase } from '../db.ts';
import { announce } from './announce.ts';

/**
 * Reads a base's schema from Airtable into the mirror; with `announceChanges`, emits
 * table.schemaChanged for each table that changed. Returns Airtable's tables.
 */
export async function refreshSchema(
  deps: { db: AirtableDb; clients: AirtableClients; events: EventBus },
  base: LinkedBase,
  announceChanges: boolean,
) {
  const client = await deps.clients.forConnection(base.connectionId);
  const schema = await client.getBaseSchema(base.id);
  const changed = await deps.db.saveSchema(base.id, schema.tables);
  if (announceChanges) {
    for (const tableId of changed) {
      await announce(deps.events, linkedWorkspaceIds(base), (workspaceId) =>
        createEvent('table.schemaChanged', { workspaceId, baseId: base.id, tableId }),
      );
    }
  }
  return schema.tables;
}
