import {
  notFound,
  recordAdminAction,
  requirePlatformAdmin,
  uuidOrNotFound,
  type Caller,
} from '@pyairtable/subgraph-kit';
import type { IdentityDeps } from '../../deps.ts';
import { adminUserOf } from './admin-user.ts';

/** Ends every session of an account: sign out everywhere (platform administrators only). */
export async function signOutUser(deps: IdentityDeps, caller: Caller, id: string) {
  requirePlatformAdmin(caller);
  const user = await deps.db.findUserById(uuidOrNotFound(id, 'User'));
  if (!user) throw notFound('User', id);
  await deps.db.revokeUserSessions(user.id, 'ADMIN_SIGN_OUT', deps.clock());
  recordAdminAction(deps.logger, caller, 'user.signed_out', { type: 'User', id: user.id });
  return adminUserOf(deps, user);
}
