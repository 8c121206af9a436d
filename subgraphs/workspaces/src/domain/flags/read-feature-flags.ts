import type { WorkspacesDeps } from '../../deps.ts';
import { FEATURE_FLAGS, GLOBAL_SCOPE } from './known-flags.ts';

/**
 * Every known flag with where its value comes from: a workspace's override wins over the
 * global value, which wins over the default. The caller has been checked already.
 */
export async function readFeatureFlags(deps: WorkspacesDeps, workspaceId: string | null) {
  const rows = await deps.db.listFeatureFlags(
    workspaceId ? [GLOBAL_SCOPE, workspaceId] : [GLOBAL_SCOPE],
  );
  const valueOf = (key: string, scope: string) =>
    rows.find((r) => r.key === key && r.scope === scope)?.enabled ?? null;
  return Object.entries(FEATURE_FLAGS).map(([key, flag]) => {
    const globalEnabled = valueOf(key, GLOBAL_SCOPE);
    const workspaceEnabled = workspaceId ? valueOf(key, workspaceId) : null;
    return {
      key,
      description: flag.description,
      defaultEnabled: flag.default,
      globalEnabled,
      workspaceEnabled,
      enabled: workspaceEnabled ?? globalEnabled ?? flag.default,
    };
  });
}
