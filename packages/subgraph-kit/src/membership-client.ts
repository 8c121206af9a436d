import { LRUCache } from 'lru-cache';
import { forbidden } from './errors.ts';
import { serviceCaller } from './signed-context.ts';
import { signedFetch } from './signed-fetch.ts';

export type WorkspaceRole = 'OWNER' | 'ADMIN' | 'EDITOR' | 'VIEWER';

const RANK: Record<WorkspaceRole, number> = { VIEWER: 1, EDITOR: 2, ADMIN: 3, OWNER: 4 };

/** True when `role` is at least `minimum`. */
export function roleAtLeast(role: WorkspaceRole, minimum: WorkspaceRole): boolean {
  return RANK[role] >= RANK[minimum];
}

/**
 * Asks the workspaces subgraph (its signed internal endpoint) for a user's role in a
 * workspace. Answers are cached for `cacheMs`, so a removed member loses access within it.
 */
export function createMembershipClient(options: {
  workspacesUrl: string;
  signingSecret: string;
  cacheMs?: number;
}) {
  const url = new URL('/internal/memberships/role', options.workspacesUrl).toString();
  const cacheMs = options.cacheMs ?? 5_000;
  // Answers, and questions in flight, so many callers asking at once cost one request.
  const cache = new LRUCache<string, { role: Promise<WorkspaceRole | null>; expires: number }>({
    max: 10_000,
  });

  async function ask(userId: string, workspaceId: string, requestId: string) {
    const res = await signedFetch(
      url,
      { body: JSON.stringify({ userId, workspaceId }), signal: AbortSignal.timeout(5_000) },
      { audience: 'workspaces', secret: options.signingSecret, caller: serviceCaller(requestId) },
    );
    if (!res.ok) throw new Error(`workspaces answered ${res.status} to a membership check`);
    return ((await res.json()) as { role: WorkspaceRole | null }).role;
  }

  function roleOf(
    userId: string,
    workspaceId: string,
    requestId = 'membership',
  ): Promise<WorkspaceRole | null> {
    const key = `${userId}:${workspaceId}`;
    const hit = cache.get(key);
    if (hit && hit.expires > Date.now()) return hit.role;
    const role = ask(userId, workspaceId, requestId);
    const entry = { role, expires: Infinity };
    cache.set(key, entry);
    role.then(
      () => (entry.expires = Date.now() + cacheMs),
      () => cache.get(key) === entry && cache.delete(key),
    );
    return role;
  }

  return {
    roleOf,
    /** The caller's role when at least `minimum`; FORBIDDEN otherwise. */
    async requireRole(
      userId: string,
      workspaceId: string,
      minimum: WorkspaceRole,
    ): Promise<WorkspaceRole> {
      const role = await roleOf(userId, workspaceId);
      if (!role) throw forbidden('You are not a member of this workspace.');
      if (!roleAtLeast(role, minimum))
        throw forbidden(
          `This needs the ${minimum.toLowerCase()} role or higher in this workspace.`,
        );
      return role;
    },
    /** Forgets cached answers. */
    clear: () => cache.clear(),
  };
}

export type MembershipClient = ReturnType<typeof createMembershipClient>;
