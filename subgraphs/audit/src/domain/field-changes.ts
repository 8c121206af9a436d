/** One entry of the airtable subgraph's record change log, as /internal/record-changes sends it. */
export interface RecordChangeItem {
  sequence: string;
  occurredAt: string;
  baseId: string;
  tableId: string;
  recordId: string;
  kind: 'CREATED' | 'UPDATED' | 'DELETED';
  /** Field ids. */
  changedFields: string[];
  /** Cells by field id. */
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  source: 'sync' | 'platform';
  workspaceIds: string[];
  actorId: string | null;
}

export interface FeedTable {
  id: string;
  fields: { id: string; name: string; type: string }[];
}

// Fields Airtable computes: their values follow from others, so history leaves them out.
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
]);

export interface FieldChange {
  field: string;
  old: unknown;
  new: unknown;
}

/**
 * The changed fields of a change, by field name (a field no longer known keeps its id),
 * old → new; computed fields left out.
 */
export function fieldChanges(
  change: RecordChangeItem,
  table: FeedTable | undefined,
): FieldChange[] {
  const names = new Map(table?.fields.map((f) => [f.id, f.name]));
  const computed = new Set(table?.fields.filter((f) => COMPUTED.has(f.type)).map((f) => f.id));
  const ids =
    change.changedFields.length > 0
      ? change.changedFields
      : [...new Set([...Object.keys(change.before ?? {}), ...Object.keys(change.after ?? {})])];
  return ids
    .filter((id) => !computed.has(id))
    .map((id) => ({
      field: names.get(id) ?? id,
      old: change.before?.[id] ?? null,
      new: change.after?.[id] ?? null,
    }));
}
