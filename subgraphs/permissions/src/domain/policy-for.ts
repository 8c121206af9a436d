import type { WorkspaceRole } from '@pyairtable/subgraph-kit';
import type { PermissionsDeps } from '../deps.ts';
import { decideAccess, type BasePolicy } from './decide-access.ts';

export interface PolicyRequest {
  workspaceId: string;
  baseId: string;
  workspaceRole: WorkspaceRole;
  userId: string;
  email: string | null;
  apiKeyId: string | null;
}

/** The access a caller has to a base through a workspace: every grant and rule applied. */
export async function policyFor(
  deps: PermissionsDeps,
  request: PolicyRequest,
): Promise<BasePolicy> {
  const rules = await deps.db.loadBaseRules(request.workspaceId, request.baseId);
  return decideAccess({
    caller: request,
    grants: rules.grants.map((g) => ({ ...g, email: g.email?.toLowerCase() ?? null })),
    fieldRules: rules.fieldRules,
    rowRules: rules.rowRules,
    now: deps.clock(),
  });
}
