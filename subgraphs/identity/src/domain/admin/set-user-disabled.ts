import {
  notFound,
  recordAdminAction,
  requirePlatformAdmin,
  uuidOrNotFound,
  conflict,
  type Caller,
} from '@pyairtable/subgraph-kit';
import type { IdentityDeps } from '../../deps.ts';
import { adminUserOf } from './admin-user.ts';

/**
 * Disables an account (its sessions end, its API keys and sign-ins are refused) or enables it
 * again. Platform administrators only, and never their own account.
 */
export async function setUserDisabled(
  deps: IdentityDeps,
  caller: Caller,
  id: string,
  disabled: boolean,
) {
  const adminId = requirePlatformAdmin(caller);
  const user = await deps.db.findUserById(uuidOrNotFound(id, 'User'));
  if (!user) throw notFound('User', id);
  if (disabled && user.id === adminId) throw conflict('You cannot disable your own account.');
  const now = deps.clock();
  const updated = await deps.db.setUserDisabled(
    user.id,
    disabled ? (user.disabledAt ?? now) : null,
  );
  if (disabled) await deps.db.revokeUserSessions(user.id, 'USER_DISABLED', now);
  recordAdminAction(deps.logger, caller, disabled ? 'user.disabled' : 'user.enabled', {
    type: 'User',
    id: user.id,
  });
  return adminUserOf(deps, updated);
}
