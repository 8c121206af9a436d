import type { User } from '../../db.ts';
import type { IdentityDeps } from '../../deps.ts';
import { platformRoleOf } from '../platform-role.ts';

/** An account as administrators see it (never its password hash). */
export function adminUserOf(deps: IdentityDeps, user: User) {
  const { passwordHash: _hidden, ...rest } = user;
  return { ...rest, platformRole: platformRoleOf(deps.config, user.email) };
}

export type AdminUser = ReturnType<typeof adminUserOf>;
