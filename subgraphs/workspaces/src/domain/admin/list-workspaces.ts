import {
  offsetConnection,
  readOffsetPage,
  requirePlatformAdmin,
  type Caller,
} from '@pyairtable/subgraph-kit';
import type { WorkspacesDeps } from '../../deps.ts';

const MAX_SEARCH = 200;
const UUID = /^[0-9a-f-]{36}$/i;

/** Every workspace, newest first, by name or id, or those a user belongs to (platform administrators only). */
export async function listWorkspaces(
  deps: WorkspacesDeps,
  caller: Caller,
  args: {
    search?: string | null;
    memberId?: string | null;
    first?: number | null;
    after?: string | null;
  },
) {
  requirePlatformAdmin(caller);
  const page = readOffsetPage(args);
  const search = args.search?.trim().slice(0, MAX_SEARCH) || null;
  // An id that is no user's belongs to no workspace.
  if (args.memberId && !UUID.test(args.memberId)) return offsetConnection([], page, 0);
  const { rows, total } = await deps.db.listWorkspacesForAdmin(
    { search, memberId: args.memberId ?? null },
    page.skip,
    page.take,
  );
  return offsetConnection(rows, page, total);
}
