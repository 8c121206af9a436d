// What the dashboard knows about Airtable's field types: how to render, filter and edit each.

export type FieldKind =
  | 'text'
  | 'longText'
  | 'email'
  | 'url'
  | 'phone'
  | 'number'
  | 'currency'
  | 'percent'
  | 'duration'
  | 'rating'
  | 'checkbox'
  | 'singleSelect'
  | 'multipleSelects'
  | 'date'
  | 'dateTime'
  | 'links'
  | 'attachments'
  | 'collaborator'
  | 'computed';

const KINDS: Record<string, FieldKind> = {
  singleLineText: 'text',
  barcode: 'text',
  multilineText: 'longText',
  richText: 'longText',
  aiText: 'longText',
  email: 'email',
  url: 'url',
  phoneNumber: 'phone',
  number: 'number',
  autoNumber: 'number',
  count: 'number',
  currency: 'currency',
  percent: 'percent',
  duration: 'duration',
  rating: 'rating',
  checkbox: 'checkbox',
  singleSelect: 'singleSelect',
  multipleSelects: 'multipleSelects',
  date: 'date',
  dateTime: 'dateTime',
  createdTime: 'dateTime',
  lastModifiedTime: 'dateTime',
  multipleRecordLinks: 'links',
  multipleAttachments: 'attachments',
  singleCollaborator: 'collaborator',
  multipleCollaborators: 'collaborator',
  createdBy: 'collaborator',
  lastModifiedBy: 'collaborator',
};

// Airtable computes these; the API refuses writes to them.
const COMPUTED = new Set([
  'formula',
  'rollup',
  'count',
  'lookup',
  'multipleLookupValues',
  'autoNumber',
  'createdTime',
  'lastModifiedTime',
  'createdBy',
  'lastModifiedBy',
  'button',
  'externalSyncSource',
  'aiText',
]);

export interface FieldLike {
  type: string;
  options?: Record<string, unknown> | null;
}

/** How a field's values look: formulas, rollups and lookups take their result's kind. */
export function fieldKind(field: FieldLike): FieldKind {
  const direct = KINDS[field.type];
  if (direct) return direct;
  const result = (field.options?.result as { type?: string } | undefined)?.type;
  if (result && KINDS[result]) return KINDS[result];
  return 'computed';
}

/** The options of a field's result (a formula's number precision, …), or its own. */
export function resultOptions(field: FieldLike): Record<string, unknown> {
  const result = field.options?.result as { options?: Record<string, unknown> } | undefined;
  return result?.options ?? field.options ?? {};
}

export function isComputed(field: FieldLike): boolean {
  return COMPUTED.has(field.type);
}

/** Default column width in pixels for a field. */
export function defaultWidth(field: FieldLike, primary: boolean): number {
  if (primary) return 240;
  switch (fieldKind(field)) {
    case 'checkbox':
      return 100;
    case 'rating':
    case 'percent':
    case 'number':
    case 'currency':
    case 'duration':
      return 130;
    case 'date':
      return 140;
    case 'dateTime':
      return 190;
    case 'longText':
      return 280;
    case 'links':
    case 'multipleSelects':
    case 'attachments':
      return 220;
    default:
      return 180;
  }
}

export interface Choice {
  id?: string;
  name: string;
  color?: string;
}

/** A select field's choices, in Airtable's order. */
export function choicesOf(field: FieldLike): Choice[] {
  const choices = (resultOptions(field).choices ?? field.options?.choices) as Choice[] | undefined;
  return Array.isArray(choices) ? choices : [];
}
