import {
  createGatewayExecutor,
  upstreamUnavailable,
  type Actor,
  type WorkspaceRole,
} from '@pyairtable/subgraph-kit';
import type { PermissionsDeps } from '../deps.ts';

/** A base as its reader sees it through the gateway: their workspace and role, its tables. */
export interface BaseAsSeen {
  id: string;
  workspaceId: string;
  role: WorkspaceRole;
  tables: {
    id: string;
    name: string;
    fields: { id: string; name: string; type: string; options: unknown }[];
  }[];
}

const BASE = `query ($b: ID!) {
  base(id: $b) {
    id
    workspace { id role }
    tables { id name fields { id name type options } }
  }
}`;

/**
 * Reads a base through the gateway as the actor, so the airtable subgraph decides what they
 * may see of it (the permissions subgraph keeps no copy of any base). Null when the actor
 * cannot see the base at all.
 */
export async function readBase(
  deps: PermissionsDeps,
  actor: Actor,
  baseId: string,
): Promise<BaseAsSeen | null> {
  const execute = createGatewayExecutor({
    gatewayUrl: deps.gatewayUrl,
    signingSecret: deps.config.GATEWAY_SIGNING_SECRET,
    caller: actor.caller,
    timeoutMs: 10_000,
  });
  const result = await execute(BASE, { b: baseId }).catch((error: unknown) => {
    actor.log.error({ err: error, baseId }, 'reading a base through the gateway failed');
    throw upstreamUnavailable('The base could not be read. Try again shortly.');
  });
  const base = result.data?.base as
    | {
        id: string;
        workspace: { id: string; role: WorkspaceRole | null };
        tables: BaseAsSeen['tables'];
      }
    | null
    | undefined;
  if (!base) {
    const code = result.errors?.[0]?.extensions?.code;
    if (code && code !== 'NOT_FOUND' && code !== 'FORBIDDEN')
      throw upstreamUnavailable('The base could not be read. Try again shortly.');
    return null;
  }
  if (!base.workspace.role) return null;
  return {
    id: base.id,
    workspaceId: base.workspace.id,
    role: base.workspace.role,
    tables: base.tables,
  };
}

/** A table of a base as seen, by id or name (ids win). */
export function findTable(base: BaseAsSeen, idOrName: string) {
  return base.tables.find((t) => t.id === idOrName) ?? base.tables.find((t) => t.name === idOrName);
}
