import {
  badUserInput,
  notFound,
  recordAdminAction,
  requirePlatformAdmin,
  uuidOrNotFound,
  type Caller,
} from '@pyairtable/subgraph-kit';
import type { WorkspacesDeps } from '../../deps.ts';
import { FEATURE_FLAGS, GLOBAL_SCOPE } from './known-flags.ts';
import { readFeatureFlags } from './read-feature-flags.ts';

/** Sets (or, with null, removes) a flag for every workspace or one (platform administrators only). */
export async function setFeatureFlag(
  deps: WorkspacesDeps,
  caller: Caller,
  input: { key: string; workspaceId?: string | null; enabled?: boolean | null },
) {
  const adminId = requirePlatformAdmin(caller);
  if (!FEATURE_FLAGS[input.key]) throw badUserInput(`No feature flag "${input.key}".`, 'key');
  const workspaceId = input.workspaceId ? uuidOrNotFound(input.workspaceId, 'Workspace') : null;
  if (workspaceId && !(await deps.db.findWorkspaceForAdmin(workspaceId)))
    throw notFound('Workspace', workspaceId);
  await deps.db.setFeatureFlag(
    input.key,
    workspaceId ?? GLOBAL_SCOPE,
    input.enabled ?? null,
    adminId,
  );
  recordAdminAction(deps.logger, caller, 'feature_flag.set', {
    type: 'FeatureFlag',
    id: `${input.key}@${workspaceId ?? GLOBAL_SCOPE}`,
  });
  const flags = await readFeatureFlags(deps, workspaceId);
  return flags.find((flag) => flag.key === input.key)!;
}
