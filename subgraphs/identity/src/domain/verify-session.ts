import type { PlatformRole } from '@pyairtable/subgraph-kit';
import type { IdentityDeps } from '../deps.ts';
import { platformRoleOf } from './platform-role.ts';

const UUID = /^[0-9a-f-]{36}$/i;

/**
 * Whether an access token's session still holds (not ended, its user not disabled), and the
 * platform role it carries. The gateway asks on every session, so ending one takes effect
 * before its access token expires.
 */
export async function verifySession(
  deps: IdentityDeps,
  sessionId: string,
): Promise<{ active: boolean; platformRole: PlatformRole | null }> {
  const session = UUID.test(sessionId) ? await deps.db.findSession(sessionId) : null;
  if (!session || session.revokedAt || session.user.disabledAt)
    return { active: false, platformRole: null };
  return { active: true, platformRole: platformRoleOf(deps.config, session.user.email) };
}
