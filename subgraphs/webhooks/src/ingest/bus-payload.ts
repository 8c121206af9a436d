import type { PlatformEvent } from '@pyairtable/events';

/** A webhook event made from a bus event, or null for events webhooks do not send. */
export function busPayload(
  event: PlatformEvent,
): { eventType: string; baseId?: string; tableId?: string; data: Record<string, unknown> } | null {
  const common = { workspaceId: event.workspaceId, occurredAt: event.occurredAt };
  switch (event.type) {
    case 'table.schemaChanged':
      return {
        eventType: 'table.schema_changed',
        baseId: event.baseId,
        tableId: event.tableId,
        data: { ...common, baseId: event.baseId, tableId: event.tableId },
      };
    case 'sync.completed':
      return {
        eventType: 'sync.completed',
        baseId: event.baseId,
        data: {
          ...common,
          baseId: event.baseId,
          recordsTotal: event.recordsTotal,
          tablesTotal: event.tablesTotal,
          durationMs: event.durationMs,
        },
      };
    case 'sync.failed':
      return {
        eventType: 'sync.failed',
        baseId: event.baseId,
        data: { ...common, baseId: event.baseId, error: event.error },
      };
    case 'member.joined':
      return {
        eventType: 'member.joined',
        data: { ...common, userId: event.userId, role: event.role },
      };
    case 'member.removed':
      return {
        eventType: 'member.removed',
        data: { ...common, userId: event.userId, removedById: event.removedById },
      };
    case 'workflow.runFailed':
      return {
        eventType: 'workflow.run_failed',
        data: {
          ...common,
          workflowId: event.workflowId,
          workflowName: event.workflowName,
          runId: event.runId,
          failedStep: event.failedStep,
          error: event.error,
        },
      };
    default:
      return null;
  }
}
