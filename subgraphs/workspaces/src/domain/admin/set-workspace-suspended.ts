import {
  notFound,
  recordAdminAction,
  requirePlatformAdmin,
  uuidOrNotFound,
  type Caller,
} from '@pyairtable/subgraph-kit';
import type { WorkspacesDeps } from '../../deps.ts';
import { announce } from '../announce.ts';

/**
 * Suspends a workspace or lifts its suspension (platform administrators only). While suspended
 * it has no usable memberships, so every subgraph's membership check refuses its members,
 * whatever credentials they use. The change is announced on the bus, so syncs, webhook
 * deliveries and workflows stop (and resume) at once. Nothing is deleted.
 */
export async function setWorkspaceSuspended(
  deps: WorkspacesDeps,
  caller: Caller,
  id: string,
  suspended: boolean,
) {
  requirePlatformAdmin(caller);
  const existing = await deps.db.findWorkspaceForAdmin(uuidOrNotFound(id, 'Workspace'));
  if (!existing) throw notFound('Workspace', id);
  const workspace = await deps.db.setWorkspaceSuspended(
    existing.id,
    suspended ? (existing.suspendedAt ?? deps.clock()) : null,
  );
  recordAdminAction(deps.logger, caller, suspended ? 'workspace.suspended' : 'workspace.restored', {
    type: 'Workspace',
    id: workspace.id,
  });
  if (!existing.suspendedAt !== !suspended)
    await announce(deps, 'workspace.suspensionChanged', { workspaceId: workspace.id, suspended });
  return workspace;
}
