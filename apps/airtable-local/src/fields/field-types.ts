import type { KnownFieldType } from '@pyairtable/airtable-api';

// The names come from packages/airtable-api's vocabulary of Airtable's field model: a type
// spelled differently there does not compile here.

/** Field types whose values Airtable computes; writes to them are refused. */
const COMPUTED = [
  'multipleLookupValues',
  'rollup',
  'formula',
  'createdTime',
  'lastModifiedTime',
  'autoNumber',
  'count',
] as const satisfies readonly KnownFieldType[];

/** Field types whose cells clients write. */
const STORED = [
  'singleLineText',
  'multilineText',
  'richText',
  'email',
  'url',
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
  'multipleAttachments',
  'singleCollaborator',
  'multipleCollaborators',
  'barcode',
] as const satisfies readonly KnownFieldType[];

/** A field type this server stores or computes. */
export type SupportedFieldType = (typeof COMPUTED)[number] | (typeof STORED)[number];

/** Field types whose values Airtable computes; writes to them are refused. */
export const COMPUTED_TYPES: ReadonlySet<string> = new Set<SupportedFieldType>(COMPUTED);

/** Field types whose cell is an array. */
export const ARRAY_TYPES: ReadonlySet<string> = new Set<SupportedFieldType>([
  'multipleSelects',
  'multipleRecordLinks',
  'multipleLookupValues',
  'multipleAttachments',
  'multipleCollaborators',
]);

/** Every field type this server stores or computes. */
export const FIELD_TYPES: ReadonlySet<string> = new Set<SupportedFieldType>([
  ...STORED,
  ...COMPUTED,
]);
