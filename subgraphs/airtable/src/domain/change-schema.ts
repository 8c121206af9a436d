import { AirtableApiError, type FieldDefinition } from '@pyairtable/airtable-api';
import { createEvent } from '@pyairtable/events';
import { badUserInput, forbidden, notFound, upstreamUnavailable } from '@pyairtable/subgraph-kit';
import type { MirrorBase } from '../db.ts';
import type { AirtableContext } from '../deps.ts';
import { requireBase, requireTable } from './access.ts';

export interface FieldInput {
  name: string;
  type: string;
  description?: string | null;
  options?: unknown;
}

/** Creates a table in Airtable (admins) and saves the base's new schema in the mirror. */
export async function createTable(
  ctx: AirtableContext,
  input: { baseId: string; name: string; description?: string | null; fields: FieldInput[] },
) {
  const base = await requireBase(ctx, input.baseId, 'ADMIN');
  const name = checkName(input.name, 'name');
  if (input.fields.length === 0)
    throw badUserInput(
      'A table needs at least one field; the first is its primary field.',
      'fields',
    );
  const client = await ctx.deps.clients.forConnection(base.connectionId);
  const created = await translateRefusal(() =>
    client.createTable(base.id, {
      name,
      ...(input.description ? { description: input.description } : {}),
      fields: input.fields.map((f, i) => fieldDefinition(f, `fields.${i}`)),
    }),
  );
  await refreshMirrorSchema(ctx, base);
  ctx.log.info({ baseId: base.id, tableId: created.id }, 'table created');
  const table = await ctx.deps.db.findTable(created.id);
  if (!table) throw notFound('Table', created.id);
  return table;
}

/** Adds a field to a table in Airtable (admins) and saves the base's new schema in the mirror. */
export async function createField(
  ctx: AirtableContext,
  input: { baseId: string; tableId: string; field: FieldInput },
) {
  const { base, table } = await requireTable(ctx, input.baseId, input.tableId, 'ADMIN');
  const client = await ctx.deps.clients.forConnection(base.connectionId);
  const created = await translateRefusal(() =>
    client.createField(base.id, table.id, fieldDefinition(input.field, 'field')),
  );
  await refreshMirrorSchema(ctx, base);
  ctx.log.info({ baseId: base.id, tableId: table.id, fieldId: created.id }, 'field created');
  const fresh = await ctx.deps.db.findTable(table.id);
  const field = fresh?.fields.find((f) => f.id === created.id);
  if (!field) throw notFound('Field', created.id);
  return field;
}

/** Reads the base's schema from Airtable into the mirror now, announcing the tables that changed. */
async function refreshMirrorSchema(ctx: AirtableContext, base: MirrorBase) {
  // A reconciliation running now may save the schema it read before this change: let it finish
  // first, so the newer schema is saved last.
  await ctx.deps.sync.idle(base.id);
  const client = await ctx.deps.clients.forConnection(base.connectionId);
  const schema = await client.getBaseSchema(base.id);
  const changed = await ctx.deps.db.saveSchema(base.id, schema.tables);
  for (const tableId of changed) {
    await ctx.deps.events.publish(
      createEvent('table.schemaChanged', {
        workspaceId: base.workspaceId,
        baseId: base.id,
        tableId,
      }),
    );
  }
}

function checkName(value: string, argument: string): string {
  const name = value.trim();
  if (!name || name.length > 255)
    throw badUserInput('Give a name of 1 to 255 characters.', argument);
  return name;
}

function fieldDefinition(field: FieldInput, argument: string): FieldDefinition {
  const options = field.options;
  if (
    options !== undefined &&
    options !== null &&
    (typeof options !== 'object' || Array.isArray(options))
  )
    throw badUserInput('Field options must be an object.', `${argument}.options`);
  return {
    name: checkName(field.name, `${argument}.name`),
    type: field.type.trim(),
    ...(field.description ? { description: field.description } : {}),
    ...(options ? { options: options as Record<string, unknown> } : {}),
  };
}

/** Airtable's refusal as a client error that names what it did not accept. */
async function translateRefusal<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (!(error instanceof AirtableApiError)) throw error;
    if (error.status === 401 || error.status === 403)
      throw forbidden(
        "The connection's Airtable token may not change this base's schema (it needs schema.bases:write).",
      );
    if (error.status === 404) throw notFound('Table');
    if (error.status >= 400 && error.status < 500)
      throw badUserInput(`Airtable refused it: ${error.message}`);
    throw upstreamUnavailable(`Airtable did not answer: ${error.message}`);
  }
}
