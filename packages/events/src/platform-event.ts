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

/** A base's full sync finished: the mirror holds every record Airtable has. */
export const SyncCompletedEventSchema = z.object({
  type: z.literal('sync.completed'),
  ...envelope,
  recordsTotal: z.number().int().nonnegative(),
  tablesTotal: z.number().int().nonnegative(),
  durationMs: z.number().int().nonnegative(),
});

/** A base's full sync failed; the base is in the ERROR state until it is synced again. */
export const SyncFailedEventSchema = z.object({
  type: z.literal('sync.failed'),
  ...envelope,
  error: z.string().max(1000),
});

/**
 * Someone commented on a record through the platform. `mentions` are the `@name` tokens of
 * the text (not the text itself); the notifications subgraph resolves them to members.
 */
export const RecordCommentedEventSchema = z.object({
  type: z.literal('record.commented'),
  ...envelope,
  tableId: id,
  recordId: id,
  commentId: id,
  authorId: id,
  mentions: z.array(z.string().min(1).max(100)).max(20),
});

const workspaceEnvelope = {
  id: z.uuid(),
  occurredAt: z.iso.datetime({ offset: true }),
  workspaceId: id,
};

const role = z.enum(['OWNER', 'ADMIN', 'EDITOR', 'VIEWER']);

/** Someone was invited to a workspace by email (the token never travels on the bus). */
export const MemberInvitedEventSchema = z.object({
  type: z.literal('member.invited'),
  ...workspaceEnvelope,
  invitationId: id,
  email: z.string().min(3).max(254),
  role,
  invitedById: id,
});

/** A person joined a workspace (accepted an invitation, or created it). */
export const MemberJoinedEventSchema = z.object({
  type: z.literal('member.joined'),
  ...workspaceEnvelope,
  userId: id,
  role,
});

/** A person left a workspace or was removed from it (`removedById` null when they left). */
export const MemberRemovedEventSchema = z.object({
  type: z.literal('member.removed'),
  ...workspaceEnvelope,
  userId: id,
  removedById: id.nullable(),
});

/**
 * A platform administrator suspended a workspace or restored it. Its syncs, webhook deliveries
 * and workflows stop at once while it is suspended; nothing of its data is touched.
 */
export const WorkspaceSuspensionChangedEventSchema = z.object({
  type: z.literal('workspace.suspensionChanged'),
  ...workspaceEnvelope,
  suspended: z.boolean(),
});

/** A workflow run started, moved to another step, waited or finished (the gateway streams it). */
export const WorkflowRunUpdatedEventSchema = z.object({
  type: z.literal('workflow.runUpdated'),
  ...workspaceEnvelope,
  workflowId: id,
  runId: id,
  status: z.enum(['QUEUED', 'RUNNING', 'WAITING', 'SUCCEEDED', 'FAILED', 'CANCELLED']),
});

/** A workflow run failed: its owner is notified, webhooks send workflow.run_failed. */
export const WorkflowRunFailedEventSchema = z.object({
  type: z.literal('workflow.runFailed'),
  ...workspaceEnvelope,
  workflowId: id,
  workflowName: z.string().max(500),
  runId: id,
  ownerId: id,
  failedStep: z.string().max(500).nullable(),
  error: z.string().max(2000),
});

/** A workflow's notify step: notifications for members of the workspace. */
export const WorkflowNotificationRequestedEventSchema = z.object({
  type: z.literal('workflow.notificationRequested'),
  ...workspaceEnvelope,
  workflowId: id,
  runId: id,
  /** Delivered once per key (a retried step asks again with the same one). */
  key: z.string().max(500),
  userIds: z.array(id).max(1000),
  title: z.string().max(500),
  body: z.string().max(10_000),
});

/** An assistant budget reached 80 % (WARNING) or 100 % (EXCEEDED) in its current period. */
export const LlmBudgetReachedEventSchema = z.object({
  type: z.literal('llm.budgetReached'),
  ...userEnvelope,
  budgetId: id,
  /** The member the budget is for; null for the whole workspace's budget. */
  budgetUserId: id.nullable(),
  status: z.enum(['WARNING', 'EXCEEDED']),
  period: z.enum(['DAILY', 'MONTHLY']),
  limitUsd: z.number().nonnegative(),
  spentUsd: z.number().nonnegative(),
  resetsAt: z.iso.datetime({ offset: true }),
});

/** A webhook endpoint was disabled after failing for too long. */
export const WebhookEndpointDisabledEventSchema = z.object({
  type: z.literal('webhook.endpointDisabled'),
  ...workspaceEnvelope,
  endpointId: id,
  url: z.string().max(2048),
  failingSince: z.iso.datetime({ offset: true }),
});

/** How far a spreadsheet import has got (the files subgraph, after every chunk). */
export const ImportProgressEventSchema = z.object({
  type: z.literal('import.progress'),
  ...workspaceEnvelope,
  jobId: id,
  status: z.enum(['QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED']),
  rowsDone: z.number().int().nonnegative(),
  totalRows: z.number().int().nonnegative(),
});

/**
 * A notification was stored for a person: `userId`, or whoever signs in with `email` (an
 * invitation to someone who may not have an account yet). The gateway streams it to them.
 */
export const NotificationAddedEventSchema = z.object({
  type: z.literal('notification.added'),
  ...workspaceEnvelope,
  notificationId: id,
  userId: id.nullable(),
  email: z.string().max(254).nullable(),
});

/** Validates any platform event; unknown keys are stripped, unknown types rejected. */
export const PlatformEventSchema = z.discriminatedUnion('type', [
  RecordChangedEventSchema,
  TableSchemaChangedEventSchema,
  SyncProgressEventSchema,
  ConversationUpdatedEventSchema,
  LlmUsageEventSchema,
  PermissionsChangedEventSchema,
  SyncCompletedEventSchema,
  SyncFailedEventSchema,
  RecordCommentedEventSchema,
  MemberInvitedEventSchema,
  MemberJoinedEventSchema,
  MemberRemovedEventSchema,
  WorkspaceSuspensionChangedEventSchema,
  LlmBudgetReachedEventSchema,
  WebhookEndpointDisabledEventSchema,
  NotificationAddedEventSchema,
  ImportProgressEventSchema,
  WorkflowRunUpdatedEventSchema,
  WorkflowRunFailedEventSchema,
  WorkflowNotificationRequestedEventSchema,
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
/** See {@link SyncCompletedEventSchema}. */
export type SyncCompletedEvent = z.infer<typeof SyncCompletedEventSchema>;
/** See {@link SyncFailedEventSchema}. */
export type SyncFailedEvent = z.infer<typeof SyncFailedEventSchema>;
/** See {@link RecordCommentedEventSchema}. */
export type RecordCommentedEvent = z.infer<typeof RecordCommentedEventSchema>;
/** See {@link MemberInvitedEventSchema}. */
export type MemberInvitedEvent = z.infer<typeof MemberInvitedEventSchema>;
/** See {@link MemberJoinedEventSchema}. */
export type MemberJoinedEvent = z.infer<typeof MemberJoinedEventSchema>;
/** See {@link MemberRemovedEventSchema}. */
export type MemberRemovedEvent = z.infer<typeof MemberRemovedEventSchema>;
/** See {@link WorkspaceSuspensionChangedEventSchema}. */
export type WorkspaceSuspensionChangedEvent = z.infer<typeof WorkspaceSuspensionChangedEventSchema>;
/** See {@link LlmBudgetReachedEventSchema}. */
export type LlmBudgetReachedEvent = z.infer<typeof LlmBudgetReachedEventSchema>;
/** See {@link WebhookEndpointDisabledEventSchema}. */
export type WebhookEndpointDisabledEvent = z.infer<typeof WebhookEndpointDisabledEventSchema>;
/** See {@link NotificationAddedEventSchema}. */
export type NotificationAddedEvent = z.infer<typeof NotificationAddedEventSchema>;
/** See {@link ImportProgressEventSchema}. */
export type ImportProgressEvent = z.infer<typeof ImportProgressEventSchema>;
/** See {@link WorkflowRunUpdatedEventSchema}. */
export type WorkflowRunUpdatedEvent = z.infer<typeof WorkflowRunUpdatedEventSchema>;
/** See {@link WorkflowRunFailedEventSchema}. */
export type WorkflowRunFailedEvent = z.infer<typeof WorkflowRunFailedEventSchema>;
/** See {@link WorkflowNotificationRequestedEventSchema}. */
export type WorkflowNotificationRequestedEvent = z.infer<
  typeof WorkflowNotificationRequestedEventSchema
>;
/** Every event the platform publishes, discriminated by `type`. */
export type PlatformEvent = z.infer<typeof PlatformEventSchema>;
/** The `type` of a platform event. */
export type PlatformEventType = PlatformEvent['type'];
/** The event whose `type` is T. */
export type EventOfType<T extends PlatformEventType> = Extract<PlatformEvent, { type: T }>;
