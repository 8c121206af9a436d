import type { WorkspacesDeps } from '../deps.ts';
import { announce } from './announce.ts';
import { validWorkspaceName } from './validate.ts';

/** Creates a workspace owned by `ownerId`. */
export async function createWorkspace(
  deps: WorkspacesDeps,
  ownerId: string,
  input: { name: string },
) {
  const workspace = await deps.db.insertWorkspace(validWorkspaceName(input.name), ownerId);
  deps.logger.info({ workspaceId: workspace.id, userId: ownerId }, 'workspace created');
  await announce(deps, 'member.joined', {
    workspaceId: workspace.id,
    userId: ownerId,
    role: 'OWNER',
  });
  return workspace;
}

/** Renames a workspace. */
export function renameWorkspace(deps: WorkspacesDeps, workspaceId: string, name: string) {
  return deps.db.renameWorkspace(workspaceId, validWorkspaceName(name));
}

/** Changes the settings given; the others keep their value. */
export async function updateWorkspaceSettings(
  deps: WorkspacesDeps,
  workspaceId: string,
  settings: { requireWriteConfirmation?: boolean | null },
) {
  const workspace = await deps.db.updateWorkspaceSettings(workspaceId, {
    // null (an explicit "no value") keeps the setting, like an omitted one.
    ...(typeof settings.requireWriteConfirmation === 'boolean'
      ? { requireWriteConfirmation: settings.requireWriteConfirmation }
      : {}),
  });
  deps.logger.info({ workspaceId, ...settings }, 'workspace settings changed');
  return workspace;
}

/** Deletes a workspace with its memberships and invitations. */
export async function deleteWorkspace(deps: WorkspacesDeps, workspaceId: string): Promise<boolean> {
  await deps.db.deleteWorkspace(workspaceId);
  deps.logger.info({ workspaceId }, 'workspace deleted');
  return true;
}
