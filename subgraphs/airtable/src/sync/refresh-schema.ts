import { createEvent, type EventBus } from '@pyairtable/events';
import type { AirtableClients } from '../airtable-clients.ts';
import type { AirtableDb, MirrorBase } from '../db.ts';

/**
 * Reads a base's schema from Airtable into the mirror; with `announce`, emits
 * table.schemaChanged for each table that changed. Returns Airtable's tables.
 */
export async function refreshSchema(
  deps: { db: AirtableDb; clients: AirtableClients; events: EventBus },
  base: MirrorBase,
  announce: boolean,
) {
  const client = await deps.clients.forConnection(base.connectionId);
  const schema = await client.getBaseSchema(base.id);
  const changed = await deps.db.saveSchema(base.id, schema.tables);
  if (announce) {
    for (const tableId of changed) {
      await deps.events.publish(
        createEvent('table.schemaChanged', {
          workspaceId: base.workspaceId,
          baseId: base.id,
          tableId,
        }),
      );
    }
  }
  return schema.tables;
}
