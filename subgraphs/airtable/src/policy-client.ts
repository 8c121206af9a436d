import type { EventBus } from '@pyairtable/events';
import {
  serviceCaller,
  signedFetch,
  upstreamUnavailable,
  type BasePolicy,
  type Logger,
  type WorkspaceRole,
} from '@pyairtable/subgraph-kit';
import { LRUCache } from 'lru-cache';

export interface PolicyRequest {
  workspaceId: string;
  baseId: string;
  workspaceRole: WorkspaceRole;
  userId: string;
  email: string | null;
  apiKeyId: string | null;
}

// A decision is reused this long; a permissions.changed event drops it at once.
const CACHE_MS = 30_000;

/** Access by workspace role alone: what a base looks like when no permissions subgraph runs. */
function workspaceRolePolicy(role: WorkspaceRole): BasePolicy {
  const table = {
    role,
    decidedBy: 'WORKSPACE_ROLE' as const,
    grantId: null,
    hiddenFieldIds: [],
    readOnlyFieldIds: [],
    rowRule: null,
  };
  return { ...table, tables: {}, defaultTable: table, fingerprint: `role:${role}` };
}

/**
 * Asks the permissions subgraph how a base looks to a caller through a workspace, caching
 * each answer until a permissions.changed event for the base (or CACHE_MS). Fails closed:
 * when the permissions subgraph cannot answer, nothing is answered.
 */
export function createPolicyClient(options: {
  permissionsUrl: string | 'none';
  signingSecret: string;
  events: EventBus;
  logger: Logger;
}) {
  const url =
    options.permissionsUrl === 'none'
      ? null
      : new URL('/internal/policies', options.permissionsUrl).toString();
  // A generation per (workspace, base): an event moves it, so answers fetched before it
  // (even those still in flight) are never used after it.
  const generations = new Map<string, number>();
  const cache = new LRUCache<string, Promise<BasePolicy>>({ max: 20_000, ttl: CACHE_MS });
  const unsubscribe = options.events.subscribe(
    (event) => {
      if (event.type !== 'permissions.changed') return;
      const key = `${event.workspaceId}:${event.baseId}`;
      generations.set(key, (generations.get(key) ?? 0) + 1);
    },
    { types: ['permissions.changed'] },
  );

  async function ask(request: PolicyRequest): Promise<BasePolicy> {
    const res = await signedFetch(
      url!,
      { body: JSON.stringify(request), signal: AbortSignal.timeout(5_000) },
      {
        audience: 'permissions',
        secret: options.signingSecret,
        caller: serviceCaller('policy'),
      },
    ).catch((error: unknown) => {
      options.logger.error({ err: error }, 'the permissions subgraph did not answer');
      throw upstreamUnavailable('Permissions could not be checked. Try again shortly.');
    });
    if (!res.ok) {
      options.logger.error(
        { status: res.status },
        'the permissions subgraph refused a policy request',
      );
      throw upstreamUnavailable('Permissions could not be checked. Try again shortly.');
    }
    return (await res.json()) as BasePolicy;
  }

  return {
    /** How the base looks to the caller through the workspace. */
    policyFor(request: PolicyRequest): Promise<BasePolicy> {
      if (!url) return Promise.resolve(workspaceRolePolicy(request.workspaceRole));
      const base = `${request.workspaceId}:${request.baseId}`;
      const key = [
        base,
        generations.get(base) ?? 0,
        request.workspaceRole,
        request.userId,
        request.email ?? '',
        request.apiKeyId ?? '',
      ].join('|');
      let policy = cache.get(key);
      if (!policy) {
        policy = ask(request);
        cache.set(key, policy);
        policy.catch(() => cache.get(key) === policy && cache.delete(key));
      }
      return policy;
    },
    close: async () => unsubscribe(),
  };
}

export type PolicyClient = ReturnType<typeof createPolicyClient>;
