import { z } from 'zod';

const id = z.string().min(1).max(255);

const envelope = {
  id: z.uuid(),
  occurredAt: z.iso.datetime({ offset: true }),
  workspaceId: id,
  baseId: id,
};

/** A record was created, updated or deleted; carries field ids, never cell values. */
export const RecordChangedEventSchema = z.object({
  type: z.literal('record.changed'),
  ...envelope,
  tableId: id,
  recordId: id,
  kind: z.enum(['CREATED', 'UPDATED', 'DELETED']),
  changedFields: z.array(id),
  source: z.enum(['sync', 'platform']),
});

/** A table's fields or views changed shape. */
export const TableSchemaChangedEventSchema = z.object({
  type: z.literal('table.schemaChanged'),
  ...envelope,
  tableId: id,
});

/** How far a base's sync has got. */
export const SyncProgressEventSchema = z.object({
  type: z.literal('sync.progress'),
  ...envelope,
  status: z.enum(['PENDING', 'SYNCING', 'READY', 'ERROR']),
  recordsDone: z.number().int().nonnegative(),
  recordsTotal: z.number().int().nonnegative().nullable(),
  tablesDone: z.number().int().nonnegative(),
  tablesTotal: z.number().int().nonnegative(),
});

/** Validates any platform event; unknown keys are stripped, unknown types rejected. */
export const PlatformEventSchema = z.discriminatedUnion('type', [
  RecordChangedEventSchema,
  TableSchemaChangedEventSchema,
  SyncProgressEventSchema,
]);

/** See {@link RecordChangedEventSchema}. */
export type RecordChangedEvent = z.infer<typeof RecordChangedEventSchema>;
/** See {@link TableSchemaChangedEventSchema}. */
export type TableSchemaChangedEvent = z.infer<typeof TableSchemaChangedEventSchema>;
/** See {@link SyncProgressEventSchema}. */
export type SyncProgressEvent = z.infer<typeof SyncProgressEventSchema>;
/** Every event the platform publishes, discriminated by `type`. */
export type PlatformEvent = z.infer<typeof PlatformEventSchema>;
/** The `type` of a platform event. */
export type PlatformEventType = PlatformEvent['type'];
/** The event whose `type` is T. */
export type EventOfType<T extends PlatformEventType> = Extract<PlatformEvent, { type: T }>;
