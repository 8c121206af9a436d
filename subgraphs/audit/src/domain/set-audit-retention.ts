import { badUserInput } from '@pyairtable/subgraph-kit';
import type { AuditDeps } from '../deps.ts';
import type { Actor } from './actor.ts';
import { requireWorkspaceRole } from './access.ts';

/** Sets a workspace's retention in days (owners). */
export async function setAuditRetention(
  deps: AuditDeps,
  actor: Actor,
  input: { workspaceId: string; days: number },
) {
  const workspaceId = await requireWorkspaceRole(deps, actor, input.workspaceId, 'OWNER');
  if (!Number.isInteger(input.days) || input.days < 30 || input.days > 3650)
    throw badUserInput('Retention must be between 30 and 3650 days.', 'days');
  const row = await deps.db.setRetention(workspaceId, input.days);
  return { workspaceId, days: row.days };
}
