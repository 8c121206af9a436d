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

const userEnvelope = {
  id: z.uuid(),
  occurredAt: z.iso.datetime({ offset: true }),
  workspaceId: id,
  userId: id,
};

/**
 * A step of an assistant conversation, for its owner only: `update` holds the
 * `ConversationUpdate` fields the stream carries (kind, delta, toolCall, usage…); whole
 * messages are read through the graph, so events stay small.
 */
export const ConversationUpdatedEventSchema = z.object({
  type: z.literal('conversation.updated'),
  ...userEnvelope,
  conversationId: id,
  update: z.record(z.string(), z.unknown()),
});

/** Tokens an assistant call used and what they cost, for analytics and budgets. */
export const LlmUsageEventSchema = z.object({
  type: z.literal('llm.usage'),
  ...userEnvelope,
  conversationId: id,
  messageId: id,
  model: z.string().min(1).max(255),
  promptTokens: z.number().int().nonnegative(),
  completionTokens: z.number().int().nonnegative(),
  costUsd: z.number().nonnegative(),
});

/** Grants or rules of a base changed in a workspace: cached access decisions are stale. */
export const PermissionsChangedEventSchema = z.object({
  type: z.literal('permissions.changed'),
  ...envelope,
});

/** Validates any platform event; unknown keys are stripped, unknown types rejected. */
export const PlatformEventSchema = z.discriminatedUnion('type', [
  RecordChangedEventSchema,
  TableSchemaChangedEventSchema,
  SyncProgressEventSchema,
  ConversationUpdatedEventSchema,
  LlmUsageEventSchema,
  PermissionsChangedEventSchema,
]);

/** See {@link RecordChangedEventSchema}. */
export type RecordChangedEvent = z.infer<typeof RecordChangedEventSchema>;
/** See {@link TableSchemaChangedEventSchema}. */
export type TableSchemaChangedEvent = z.infer<typeof TableSchemaChangedEventSchema>;
/** See {@link SyncProgressEventSchema}. */
export type SyncProgressEvent = z.infer<typeof SyncProgressEventSchema>;
/** See {@link ConversationUpdatedEventSchema}. */
export type ConversationUpdatedEvent = z.infer<typeof ConversationUpdatedEventSchema>;
/** See {@link LlmUsageEventSchema}. */
export type LlmUsageEvent = z.infer<typeof LlmUsageEventSchema>;
/** See {@link PermissionsChangedEventSchema}. */
export type PermissionsChangedEvent = z.infer<typeof PermissionsChangedEventSchema>;
/** Every event the platform publishes, discriminated by `type`. */
export type PlatformEvent = z.infer<typeof PlatformEventSchema>;
/** The `type` of a platform event. */
export type PlatformEventType = PlatformEvent['type'];
/** The event whose `type` is T. */
export type EventOfType<T extends PlatformEventType> = Extract<PlatformEvent, { type: T }>;
