/** A token holder's access to a base. */
export type PermissionLevel = 'none' | 'read' | 'comment' | 'edit' | 'create';

/** An entry of `GET /v0/meta/bases`. */
export interface AirtableBase {
  id: string;
  name: string;
  permissionLevel: PermissionLevel;
}

/** Every field type of Airtable's field model, as the metadata API names them. */
export const AIRTABLE_FIELD_TYPES = [
  'singleLineText',
  'email',
  'url',
  'multilineText',
  'richText',
  'phoneNumber',
  'number',
  'currency',
  'percent',
  'rating',
  'duration',
  'checkbox',
  'singleSelect',
  'multipleSelects',
  'date',
  'dateTime',
  'multipleRecordLinks',
  'multipleLookupValues',
  'rollup',
  'count',
  'formula',
  'multipleAttachments',
  'singleCollaborator',
  'multipleCollaborators',
  'createdBy',
  'lastModifiedBy',
  'createdTime',
  'lastModifiedTime',
  'autoNumber',
  'barcode',
  'button',
  'aiText',
  'externalSyncSource',
] as const;

/** A field type of Airtable's field model. */
export type KnownFieldType = (typeof AIRTABLE_FIELD_TYPES)[number];

/** Field types of the field model; Airtable adds types over time, so any string is accepted. */
export type FieldType = KnownFieldType | (string & {});

/** A select option. */
export interface SelectChoice {
  id: string;
  name: string;
  color?: string;
}

/** Field options; which keys are present depends on the field type. */
export interface FieldOptions {
  choices?: SelectChoice[];
  linkedTableId?: string;
  inverseLinkFieldId?: string;
  isReversed?: boolean;
  prefersSingleRecordLink?: boolean;
  viewIdForRecordSelection?: string;
  precision?: number;
  symbol?: string;
  max?: number;
  icon?: string;
  color?: string;
  durationFormat?: string;
  timeZone?: string;
  dateFormat?: { name: string; format: string };
  timeFormat?: { name: string; format: string };
  formula?: string;
  isValid?: boolean;
  referencedFieldIds?: string[] | null;
  recordLinkFieldId?: string | null;
  fieldIdInLinkedTable?: string | null;
  result?: { type: FieldType; options?: FieldOptions } | null;
  [key: string]: unknown;
}

/** A field of a table. */
export interface FieldSchema {
  id: string;
  name: string;
  type: FieldType;
  description?: string;
  options?: FieldOptions;
}

/** A view of a table. */
export interface ViewSchema {
  id: string;
  name: string;
  type: 'grid' | 'form' | 'calendar' | 'gallery' | 'kanban' | 'timeline' | 'block' | (string & {});
  visibleFieldIds?: string[];
}

/** A table with its fields and views. */
export interface TableSchema {
  id: string;
  name: string;
  primaryFieldId: string;
  description?: string;
  fields: FieldSchema[];
  views: ViewSchema[];
}

/** The answer to `GET /v0/meta/bases/{base}/tables`. */
export interface BaseSchema {
  tables: TableSchema[];
}
