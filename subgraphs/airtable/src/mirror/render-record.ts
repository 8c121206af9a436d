import { isEmptyCell } from '@pyairtable/formula';
import type { RecordRow } from '../db.ts';
import type { TableSnapshot } from './mirror-cache.ts';

type Field = TableSnapshot['table']['fields'][number];

/** Cells by field name (or id), empty ones omitted: Airtable's `fields` object. */
export function fieldsByName(
  fields: Field[],
  record: RecordRow,
  options: { only?: Set<string>; byId?: boolean } = {},
) {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    if (options.only && !options.only.has(field.id)) continue;
    const value = record.cells[field.id];
    if (!isEmptyCell(value)) out[options.byId ? field.id : field.name] = value;
  }
  return out;
}

/** A cell typed by its field's type, for the GraphQL `Cell` interface. */
export function typedCell(field: Field, value: unknown) {
  const base = { field };
  switch (field.type) {
    case 'singleLineText':
    case 'multilineText':
    case 'richText':
    case 'email':
    case 'url':
    case 'phoneNumber':
      return { __typename: 'TextCell', ...base, text: String(value) };
    case 'number':
    case 'currency':
    case 'percent':
    case 'rating':
    case 'duration':
    case 'autoNumber':
      return { __typename: 'NumberCell', ...base, number: Number(value) };
    case 'checkbox':
      return { __typename: 'BooleanCell', ...base, checked: value === true };
    case 'singleSelect':
      return { __typename: 'SelectCell', ...base, options: [String(value)] };
    case 'multipleSelects':
      return { __typename: 'SelectCell', ...base, options: (value as unknown[]).map(String) };
    case 'date':
    case 'dateTime':
    case 'createdTime':
    case 'lastModifiedTime':
      return {
        __typename: 'DateCell',
        ...base,
        value: String(value),
        hasTime: field.type !== 'date',
      };
    case 'multipleRecordLinks':
      return {
        __typename: 'LinkCell',
        ...base,
        recordIds: value as string[],
        linkedTableId: (field.options as { linkedTableId?: string } | null)?.linkedTableId,
      };
    case 'multipleAttachments':
      return {
        __typename: 'AttachmentCell',
        ...base,
        attachments: (
          value as {
            id: string;
            url: string;
            filename: string;
            type?: string;
            size?: number;
            thumbnails?: { large?: { url: string } };
          }[]
        ).map((a) => ({
          ...a,
          thumbnailUrl: a.thumbnails?.large?.url ?? null,
        })),
      };
    case 'singleCollaborator':
      return { __typename: 'CollaboratorCell', ...base, collaborators: [value] };
    case 'multipleCollaborators':
      return { __typename: 'CollaboratorCell', ...base, collaborators: value };
    default:
      return { __typename: 'ValueCell', ...base, value };
  }
}

/** Every non-empty cell of a record, typed, in field order. */
export function typedCells(fields: Field[], record: RecordRow) {
  return fields
    .filter((f) => !isEmptyCell(record.cells[f.id]))
    .map((f) => typedCell(f, record.cells[f.id]));
}
