import {
  notFound,
  requireUser,
  roleAtLeast,
  uuidOrNotFound,
  type Actor,
  type WorkspaceRole,
} from '@pyairtable/subgraph-kit';
import type { Workflow } from '../db.ts';
import type { WorkflowsDeps } from '../deps.ts';

/** Members see a workspace's workflows; editors build and run them. */
export async function requireWorkspaceRole(
  deps: WorkflowsDeps,
  actor: Actor,
  workspaceId: string,
  minimum: WorkspaceRole,
) {
  return deps.memberships.requireRole(
    requireUser(actor),
    uuidOrNotFound(workspaceId, 'Workspace'),
    minimum,
  );
}

/**
 * A workflow of a workspace the actor belongs to, with their role; anyone else gets NOT_FOUND,
 * as if it did not exist. FORBIDDEN when a member lacks `minimum`.
 */
export async function requireWorkflow(
  deps: WorkflowsDeps,
  actor: Actor,
  id: string,
  minimum: WorkspaceRole = 'VIEWER',
): Promise<{ workflow: Workflow; role: WorkspaceRole }> {
  const userId = requireUser(actor);
  const workflow = await deps.db.findWorkflow(uuidOrNotFound(id, 'Workflow'));
  const role = workflow
    ? await deps.memberships.roleOf(userId, workflow.workspaceId, actor.requestId)
    : null;
  if (!workflow || !role) throw notFound('Workflow', id);
  if (!roleAtLeast(role, minimum))
    await requireWorkspaceRole(deps, actor, workflow.workspaceId, minimum);
  return { workflow, role };
}

/** The run of a workflow the actor may see (NOT_FOUND otherwise). */
export async function requireRun(
  deps: WorkflowsDeps,
  actor: Actor,
  id: string,
  minimum: WorkspaceRole = 'VIEWER',
) {
  const run = await deps.db.findRun(uuidOrNotFound(id, 'WorkflowRun'));
  if (!run) throw notFound('WorkflowRun', id);
  try {
    const { workflow } = await requireWorkflow(deps, actor, run.workflowId, minimum);
    return { run, workflow };
  } catch (error) {
    if ((error as { extensions?: { code?: string } }).extensions?.code === 'NOT_FOUND')
      throw notFound('WorkflowRun', id);
    throw error;
  }
}
