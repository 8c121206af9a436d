import type pg from 'pg';
import { compileFormula } from '@pyairtable/formula';
import { newId } from '../ids.ts';
import { FIELD_TYPES } from '../fields/field-types.ts';
import { ApiError, invalidRequest } from '../http/api-error.ts';
import { findTable } from '../records/find-table.ts';
import type { BaseSchema, FieldRow, Store, TableRow } from '../store.ts';

export interface FieldInput {
  name?: unknown;
  type?: unknown;
  description?: unknown;
  options?: unknown;
}

function describeField(table: TableRow, field: FieldRow) {
  const options = { ...(field.options ?? {}) };
  if (field.type === 'formula') {
    try {
      const compiled = compileFormula(String(options.formula ?? ''), {
        fields: table.fields.map((f) => ({ id: f.id, name: f.name, type: f.type })),
      });
      options.isValid = true;
      options.referencedFieldIds = compiled.referencedFields
        .map((name) => table.fields.find((f) => f.name === name)?.id)
        .filter(Boolean);
    } catch {
      options.isValid = false;
    }
  }
  if (field.type === 'multipleLookupValues' || field.type === 'rollup') options.isValid = true;
  return {
    id: field.id,
    name: field.name,
    type: field.type,
    ...(field.description ? { description: field.description } : {}),
    ...(Object.keys(options).length > 0 ? { options } : {}),
  };
}

/** A table as GET /v0/meta/bases/{baseId}/tables describes it. */
export function describeTable(table: TableRow) {
  return {
    id: table.id,
    name: table.name,
    ...(table.description ? { description: table.description } : {}),
    primaryFieldId: table.primaryFieldId,
    fields: table.fields.map((f) => describeField(table, f)),
    views: table.views.map((v) => ({ id: v.id, name: v.name, type: v.type })),
  };
}

function validName(value: unknown, what: string): string {
  if (typeof value !== 'string' || value.trim() === '')
    throw invalidRequest(`${what} name is required`);
  return value.trim();
}

/** Stored options for a new field, with ids assigned and references checked. */
function fieldOptions(
  schema: BaseSchema,
  table: TableRow,
  type: string,
  options: Record<string, unknown>,
): Record<string, unknown> {
  switch (type) {
    case 'singleSelect':
    case 'multipleSelects': {
      const choices = (Array.isArray(options.choices) ? options.choices : []) as {
        id?: string;
        name?: unknown;
        color?: string;
      }[];
      return {
        ...options,
        choices: choices.map((c) => ({
          id: c.id ?? newId('sel'),
          name: validName(c.name, 'Choice'),
          ...(c.color ? { color: c.color } : {}),
        })),
      };
    }
    case 'multipleRecordLinks':
      if (!schema.tables.some((t) => t.id === options.linkedTableId))
        throw invalidRequest('options.linkedTableId must name a table of this base');
      return {
        linkedTableId: options.linkedTableId,
        isReversed: false,
        prefersSingleRecordLink: options.prefersSingleRecordLink === true,
      };
    case 'multipleLookupValues':
    case 'rollup': {
      const link = table.fields.find(
        (f) => f.id === options.recordLinkFieldId && f.type === 'multipleRecordLinks',
      );
      const linked = schema.tables.find((t) => t.id === link?.options?.linkedTableId);
      if (!link || !linked?.fields.some((f) => f.id === options.fieldIdInLinkedTable)) {
        throw invalidRequest(
          'options.recordLinkFieldId and options.fieldIdInLinkedTable must name a link field and a field of its table',
        );
      }
      return options;
    }
    case 'formula':
      if (typeof options.formula !== 'string') throw invalidRequest('options.formula is required');
      return { formula: options.formula };
    default:
      return options;
  }
}

/** Creates a field (and, for links, its inverse in the linked table). */
export async function createField(
  store: Store,
  client: pg.PoolClient,
  schema: BaseSchema,
  table: TableRow,
  input: FieldInput,
): Promise<FieldRow> {
  const name = validName(input.name, 'Field');
  const type = String(input.type ?? '');
  if (!FIELD_TYPES.has(type))
    throw new ApiError(422, 'INVALID_FIELD_TYPE', `Unknown field type: ${type}`);
  if (table.fields.some((f) => f.name.toLowerCase() === name.toLowerCase())) {
    throw new ApiError(
      422,
      'DUPLICATE_OR_EMPTY_FIELD_NAME',
      `A field named "${name}" already exists`,
    );
  }
  const options = fieldOptions(
    schema,
    table,
    type,
    (input.options ?? {}) as Record<string, unknown>,
  );
  const field: FieldRow = {
    id: newId('fld'),
    tableId: table.id,
    name,
    type,
    description: typeof input.description === 'string' ? input.description : null,
    options,
  };
  if (type === 'multipleRecordLinks') {
    const linked = schema.tables.find((t) => t.id === options.linkedTableId)!;
    let inverseName = table.name;
    for (let i = 2; linked.fields.some((f) => f.name === inverseName); i++)
      inverseName = `${table.name} ${i}`;
    const inverse: FieldRow = {
      id: newId('fld'),
      tableId: linked.id,
      name: inverseName,
      type,
      description: null,
      options: {
        linkedTableId: table.id,
        isReversed: false,
        prefersSingleRecordLink: false,
        inverseLinkFieldId: field.id,
      },
    };
    field.options = { ...options, inverseLinkFieldId: inverse.id };
    await store.insertField(client, field);
    if (linked.id !== table.id) {
      await store.insertField(client, inverse);
      linked.fields.push(inverse);
    } else {
      field.options = options; // a self-link has no separate inverse
      await store.updateField(client, field.id, { options: field.options });
    }
  } else {
    await store.insertField(client, field);
  }
  table.fields.push(field);
  return field;
}

/** POST /v0/meta/bases/{baseId}/tables. */
export async function createTable(store: Store, baseId: string, body: Record<string, unknown>) {
  const name = validName(body.name, 'Table');
  const fields = Array.isArray(body.fields) ? (body.fields as FieldInput[]) : [];
  if (fields.length === 0)
    throw invalidRequest('A table needs at least one field; the first is its primary field');
  return store.transaction(async (client) => {
    const schema = (await store.loadSchema(baseId, client))!;
    if (schema.tables.some((t) => t.name.toLowerCase() === name.toLowerCase()))
      throw new ApiError(422, 'DUPLICATE_TABLE_NAME', `A table named "${name}" already exists`);
    const table: TableRow = {
      id: newId('tbl'),
      baseId,
      name,
      description: typeof body.description === 'string' ? body.description : null,
      primaryFieldId: '',
      fields: [],
      views: [],
    };
    await store.insertTable(client, { ...table, primaryFieldId: 'pending' });
    schema.tables.push(table);
    for (const input of fields) await createField(store, client, schema, table, input);
    table.primaryFieldId = table.fields[0]!.id;
    await client.query('UPDATE "table" SET primary_field_id = $2 WHERE id = $1', [
      table.id,
      table.primaryFieldId,
    ]);
    const view = {
      id: newId('viw'),
      tableId: table.id,
      name: 'Grid view',
      type: 'grid',
      filterFormula: null,
      sort: [],
      visibleFieldIds: null,
    };
    await store.insertView(client, view);
    table.views.push(view);
    return describeTable(table);
  });
}

/** POST /v0/meta/bases/{baseId}/tables/{tableId}/fields. */
export async function addField(
  store: Store,
  baseId: string,
  tableIdOrName: string,
  body: FieldInput,
) {
  return store.transaction(async (client) => {
    const schema = (await store.loadSchema(baseId, client))!;
    const table = findTable(schema, tableIdOrName);
    const field = await createField(store, client, schema, table, body);
    return describeField(table, field);
  });
}

/** PATCH …/fields/{fieldId}: name and description only, as in Airtable. */
export async function updateField(
  store: Store,
  baseId: string,
  tableIdOrName: string,
  fieldId: string,
  body: FieldInput,
) {
  return store.transaction(async (client) => {
    const schema = (await store.loadSchema(baseId, client))!;
    const table = findTable(schema, tableIdOrName);
    const field = table.fields.find((f) => f.id === fieldId || f.name === fieldId);
    if (!field) throw new ApiError(404, 'NOT_FOUND', `Could not find field ${fieldId}`);
    if (body.name === undefined && body.description === undefined)
      throw invalidRequest('Provide a name or a description');
    const name = body.name === undefined ? undefined : validName(body.name, 'Field');
    if (
      name &&
      table.fields.some((f) => f.id !== field.id && f.name.toLowerCase() === name.toLowerCase())
    ) {
      throw new ApiError(
        422,
        'DUPLICATE_OR_EMPTY_FIELD_NAME',
        `A field named "${name}" already exists`,
      );
    }
    const description = typeof body.description === 'string' ? body.description : undefined;
    await store.updateField(client, field.id, { name, description });
    return describeField(table, {
      ...field,
      name: name ?? field.name,
      description: description ?? field.description,
    });
  });
}

/** PATCH /v0/meta/bases/{baseId}/tables/{tableId}: name and description. */
export async function updateTable(
  store: Store,
  baseId: string,
  tableIdOrName: string,
  body: Record<string, unknown>,
) {
  return store.transaction(async (client) => {
    const schema = (await store.loadSchema(baseId, client))!;
    const table = findTable(schema, tableIdOrName);
    const name = body.name === undefined ? undefined : validName(body.name, 'Table');
    if (
      name &&
      schema.tables.some((t) => t.id !== table.id && t.name.toLowerCase() === name.toLowerCase())
    ) {
      throw new ApiError(422, 'DUPLICATE_TABLE_NAME', `A table named "${name}" already exists`);
    }
    await store.updateTable(client, table.id, {
      name,
      description: typeof body.description === 'string' ? body.description : undefined,
    });
    return describeTable({
      ...(await store.loadSchema(baseId, client))!.tables.find((t) => t.id === table.id)!,
    });
  });
}
