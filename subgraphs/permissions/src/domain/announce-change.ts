import { createEvent } from '@pyairtable/events';
import type { PermissionsDeps } from '../deps.ts';

/** Tells every process that caches decisions about the base that they changed. */
export async function announceChange(
  deps: PermissionsDeps,
  workspaceId: string,
  baseId: string,
): Promise<void> {
  await deps.events.publish(createEvent('permissions.changed', { workspaceId, baseId }));
}
