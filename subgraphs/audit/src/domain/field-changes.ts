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
  fields: { id: string; name: string }[];
}

export interface FieldChange {
  field: string;
  old: unknown;
  new: unknown;
}

/** The changed fields of a change, by field name (a field no longer known keeps its id), old → new. */
export function fieldChanges(
  change: RecordChangeItem,
  table: FeedTable | undefined,
): FieldChange[] {
  const names = new Map(table?.fields.map((f) => [f.id, f.name]));
  const ids =
    change.changedFields.length > 0
      ? change.changedFields
      : [...new Set([...Object.keys(change.before ?? {}), ...Object.keys(change.after ?? {})])];
  return ids.map((id) => ({
    field: names.get(id) ?? id,
    old: change.before?.[id] ?? null,
    new: change.after?.[id] ?? null,
  }));
}
