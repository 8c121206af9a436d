import { notFound } from '@pyairtable/subgraph-kit';
import type { AirtableDeps } from '../deps.ts';
import { refreshSchema } from '../sync/refresh-schema.ts';
import { requireTable } from './access.ts';
import type { Actor } from '@pyairtable/subgraph-kit';
import { fieldDefinition, type FieldInput } from './field-definition.ts';
import { translateAirtableError } from './translate-airtable-error.ts';

/** Adds a field to a table in Airtable (admins); it is in the mirror when this returns. */
export async function createField(
  deps: AirtableDeps,
  actor: Actor,
  input: { baseId: string; tableId: string; field: FieldInput },
) {
  const { base, table, connectionId } = await requireTable(
    deps,
    actor,
    input.baseId,
    input.tableId,
    'ADMIN',
  );
  // Made with the token of the admin's own workspace.
  const client = await deps.clients.forConnection(connectionId);
  const created = await client
    .createField(base.id, table.id, fieldDefinition(input.field, 'field'))
    .catch((error: unknown) =>
      translateAirtableError(error, { scope: 'schema.bases:write', resource: 'Table' }),
    );
  // Saved after any reconciliation running now, which may hold the schema from before.
  await deps.sync.idle(base.id);
  await refreshSchema(deps, base, true);
  actor.log.info({ baseId: base.id, tableId: table.id, fieldId: created.id }, 'field created');
  const fresh = await deps.db.findTable(table.id);
  const field = fresh?.fields.find((f) => f.id === created.id);
  if (!field) throw notFound('Field', created.id);
  return field;
}
