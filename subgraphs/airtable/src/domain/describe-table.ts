import type { VisibleTable } from './read-schema.ts';

/** How much of a table's schema to describe: big bases stay small at the lower levels. */
export type SchemaDetail = 'IDS' | 'NAMES' | 'FULL';

/**
 * A table's schema in the shape of Airtable's Meta API, at a level of detail: IDS (ids and names),
 * NAMES (plus types and descriptions) or FULL (plus field options and views). Only the fields the
 * caller sees; empty descriptions and options are left out.
 */
export function describeTable(table: VisibleTable, detail: SchemaDetail) {
  const names = detail !== 'IDS';
  const full = detail === 'FULL';
  return {
    id: table.id,
    name: table.name,
    ...(names && table.description ? { description: table.description } : {}),
    primaryFieldId: table.primaryFieldId,
    fields: table.fields.map((field) => ({
      id: field.id,
      name: field.name,
      ...(names ? { type: field.type } : {}),
      ...(names && field.description ? { description: field.description } : {}),
      ...(full && field.options != null ? { options: field.options } : {}),
    })),
    ...(full ? { views: table.views.map(({ id, name, type }) => ({ id, name, type })) } : {}),
  };
}
