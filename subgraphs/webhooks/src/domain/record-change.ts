import type { FeedTable, RecordChangeItem } from '@pyairtable/subgraph-kit';

export type { FeedTable, RecordChangeItem };

const EVENT_TYPE = {
  CREATED: 'record.created',
  UPDATED: 'record.updated',
  DELETED: 'record.deleted',
} as const;

/** Cells keyed by field name (as Airtable's API shows them); fields no longer known keep their id. */
function byName(cells: Record<string, unknown> | null, table: FeedTable | undefined) {
  const names = new Map(table?.fields.map((f) => [f.id, f.name]));
  return Object.fromEntries(
    Object.entries(cells ?? {}).map(([id, value]) => [names.get(id) ?? id, value]),
  );
}

/**
 * The webhook payload of a record change: the record (after the change; its last values for
 * a deletion) with fields by name, and for each changed field its old and new value.
 */
export function recordPayload(
  change: RecordChangeItem,
  table: FeedTable | undefined,
  workspaceId: string,
) {
  const names = new Map(table?.fields.map((f) => [f.id, f.name]));
  const name = (id: string) => names.get(id) ?? id;
  const current = change.kind === 'DELETED' ? change.before : change.after;
  return {
    eventType: EVENT_TYPE[change.kind],
    data: {
      workspaceId,
      baseId: change.baseId,
      tableId: change.tableId,
      tableName: table?.name ?? null,
      recordId: change.recordId,
      record: {
        id: change.recordId,
        createdTime: change.createdTime,
        fields: byName(current, table),
      },
      changedFields: change.changedFields.map(name),
      changes: Object.fromEntries(
        change.changedFields.map((id) => [
          name(id),
          { old: change.before?.[id] ?? null, new: change.after?.[id] ?? null },
        ]),
      ),
      source: change.source,
      actorId: change.actorId,
      occurredAt: change.occurredAt,
    },
  };
}

/** The record a filter formula is evaluated on: after the change, before it for a deletion. */
export function formulaRecord(change: RecordChangeItem, table: FeedTable | undefined) {
  return {
    id: change.recordId,
    createdTime: change.createdTime ?? change.occurredAt,
    fields: byName(change.kind === 'DELETED' ? change.before : change.after, table),
  };
}
