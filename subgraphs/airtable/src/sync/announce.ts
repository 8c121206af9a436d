import type { EventBus, PlatformEvent } from '@pyairtable/events';

/**
 * Publishes a base's event once for each workspace linked to it: every workspace (its
 * subscribers, webhooks, audit) hears its own copy, checked against its own members.
 */
export async function announce(
  events: EventBus,
  workspaceIds: readonly string[],
  event: (workspaceId: string) => PlatformEvent,
): Promise<void> {
  for (const workspaceId of workspaceIds) await events.publish(event(workspaceId));
}
