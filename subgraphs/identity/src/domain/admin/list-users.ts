import {
  offsetConnection,
  readOffsetPage,
  requirePlatformAdmin,
  type Caller,
} from '@pyairtable/subgraph-kit';
import type { IdentityDeps } from '../../deps.ts';
import { adminUserOf } from './admin-user.ts';

const MAX_SEARCH = 200;

/** Every account, newest first, searched by email or name (platform administrators only). */
export async function listUsers(
  deps: IdentityDeps,
  caller: Caller,
  args: { search?: string | null; first?: number | null; after?: string | null },
) {
  requirePlatformAdmin(caller);
  const page = readOffsetPage(args);
  const search = args.search?.trim().slice(0, MAX_SEARCH) || null;
  const { rows, total } = await deps.db.listUsers(search, page.skip, page.take);
  return offsetConnection(
    rows.map((user) => adminUserOf(deps, user)),
    page,
    total,
  );
}
