import { ApiError, modelNotFound, unknownField } from '../http/api-error.ts';
import type { BaseSchema, FieldRow, TableRow } from '../store.ts';

/** A table of the base by id or by name (names are matched exactly, then URL-decoded). */
export function findTable(schema: BaseSchema, idOrName: string): TableRow {
  const table = schema.tables.find((t) => t.id === idOrName || t.name === idOrName);
  if (!table) throw modelNotFound();
  return table;
}

/** A field of the table by name or id; UNKNOWN_FIELD_NAME otherwise. */
export function findField(table: TableRow, nameOrId: string): FieldRow {
  const field =
    table.fields.find((f) => f.name === nameOrId) ?? table.fields.find((f) => f.id === nameOrId);
  if (!field) throw unknownField(nameOrId);
  return field;
}

/** A view of the table by name or id. */
export function findView(table: TableRow, nameOrId: string) {
  const view = table.views.find((v) => v.id === nameOrId || v.name === nameOrId);
  if (!view) throw new ApiError(422, 'VIEW_NAME_NOT_FOUND', `View ${nameOrId} not found`);
  return view;
}
