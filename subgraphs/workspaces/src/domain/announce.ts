import { createEvent, type EventFields } from '@pyairtable/events';
import type { WorkspacesDeps } from '../deps.ts';

type WorkspaceEventType =
  'member.invited' | 'member.joined' | 'member.removed' | 'workspace.suspensionChanged';

/**
 * Publishes a member or workspace event after the change committed. The bus is at most once: a lost event
 * costs a webhook delivery or a notification, never the change itself, so a failure is logged.
 */
export async function announce<T extends WorkspaceEventType>(
  deps: WorkspacesDeps,
  type: T,
  fields: EventFields<T>,
): Promise<void> {
  await deps.events
    .publish(createEvent(type, fields, deps.clock))
    .catch((err: unknown) =>
      deps.logger.warn(
        { err, type, workspaceId: fields.workspaceId },
        'workspace event not published',
      ),
    );
}
