export { DEFAULT_CHANNEL } from './channel-name.ts';
export { createEvent, type EventFields } from './create-event.ts';
export { createEventBus, type EventBusConfig } from './create-event-bus.ts';
export { EventBusError, type ErrorReporter, type EventBusErrorReason } from './event-bus-error.ts';
export type {
  EventBus,
  EventBusOptions,
  EventFilter,
  EventHandler,
  NetworkEventBusOptions,
} from './event-bus.ts';
export {
  MAX_EVENT_BYTES,
  parseEventPayload,
  serializeEvent,
  type ParsedPayload,
} from './event-payload.ts';
export { createMemoryEventBus } from './memory-event-bus.ts';
export {
  ConversationUpdatedEventSchema,
  LlmBudgetReachedEventSchema,
  MemberInvitedEventSchema,
  MemberJoinedEventSchema,
  MemberRemovedEventSchema,
  NotificationAddedEventSchema,
  RecordCommentedEventSchema,
  SyncCompletedEventSchema,
  SyncFailedEventSchema,
  WebhookEndpointDisabledEventSchema,
  WorkspaceSuspensionChangedEventSchema,
  type LlmBudgetReachedEvent,
  type MemberInvitedEvent,
  type MemberJoinedEvent,
  type MemberRemovedEvent,
  type NotificationAddedEvent,
  type RecordCommentedEvent,
  type SyncCompletedEvent,
  type SyncFailedEvent,
  type WebhookEndpointDisabledEvent,
  type WorkspaceSuspensionChangedEvent,
  LlmUsageEventSchema,
  PermissionsChangedEventSchema,
  PlatformEventSchema,
  RecordChangedEventSchema,
  SyncProgressEventSchema,
  TableSchemaChangedEventSchema,
  type ConversationUpdatedEvent,
  type EventOfType,
  type ImportProgressEvent,
  type LlmUsageEvent,
  type PermissionsChangedEvent,
  type PlatformEvent,
  type PlatformEventType,
  type RecordChangedEvent,
  type SyncProgressEvent,
  type TableSchemaChangedEvent,
  WorkflowNotificationRequestedEventSchema,
  WorkflowRunFailedEventSchema,
  WorkflowRunUpdatedEventSchema,
  type WorkflowNotificationRequestedEvent,
  type WorkflowRunFailedEvent,
  type WorkflowRunUpdatedEvent,
} from './platform-event.ts';
export { createPostgresEventBus, type PostgresEventBusOptions } from './postgres-event-bus.ts';
export { createRedisEventBus, type RedisEventBusOptions } from './redis-event-bus.ts';
