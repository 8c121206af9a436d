/** Field types whose values Airtable computes; writes to them are refused. */
export const COMPUTED_TYPES = new Set([
  'multipleLookupValues',
  'rollup',
  'formula',
  'createdTime',
  'lastModifiedTime',
  'autoNumber',
  'count',
]);

/** Field types whose cell is an array. */
export const ARRAY_TYPES = new Set([
  'multipleSelects',
  'multipleRecordLinks',
  'multipleLookupValues',
  'multipleAttachments',
  'multipleCollaborators',
]);

/** Every field type this server stores or computes. */
export const FIELD_TYPES = new Set([
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
  ...COMPUTED_TYPES,
]);
