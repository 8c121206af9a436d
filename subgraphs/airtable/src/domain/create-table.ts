import { badUserInput, notFound } from '@pyairtable/subgraph-kit';
import type { AirtableDeps } from '../deps.ts';
import { refreshSchema } from '../sync/refresh-schema.ts';
import { requireBase } from './access.ts';
import { findTable } from './read-schema.ts';
import type { Actor } from '@pyairtable/subgraph-kit';
import { checkName, fieldDefinition, type FieldInput } from './field-definition.ts';
import { translateAirtableError } from './translate-airtable-error.ts';

export interface CreateTableInput {
  baseId: string;
  name: string;
  description?: string | null;
  fields: FieldInput[];
}

/** Creates a table in Airtable (admins); it is in the mirror when this returns. */
export async function createTable(deps: AirtableDeps, actor: Actor, input: CreateTableInput) {
  const { base, connectionId } = await requireBase(deps, actor, input.baseId, 'ADMIN');
  const name = checkName(input.name, 'name');
  if (input.fields.length === 0)
    throw badUserInput(
      'A table needs at least one field; the first is its primary field.',
      'fields',
    );
  // Made with the token of the admin's own workspace.
  const client = await deps.clients.forConnection(connectionId);
  const created = await client
    .createTable(base.id, {
      name,
      ...(input.description ? { description: input.description } : {}),
      fields: input.fields.map((f, i) => fieldDefinition(f, `fields.${i}`)),
    })
    .catch((error: unknown) =>
      translateAirtableError(error, { scope: 'schema.bases:write', resource: 'Base' }),
    );
  // A reconciliation running now may save the schema it read before this change: let it
  // finish first, so the newer schema is saved last.
  await deps.sync.idle(base.id);
  await refreshSchema(deps, base, true);
  actor.log.info({ baseId: base.id, tableId: created.id }, 'table created');
  const table = await findTable(deps, actor, base.id, created.id);
  if (!table) throw notFound('Table', created.id);
  return table;
}
