import {
  accessAtLeast,
  forbidden,
  notFound,
  requireUser,
  tablePolicyOf,
  uuidOrNotFound,
  type AccessRole,
  type Actor,
  type BasePolicy,
  type TablePolicy,
  type WorkspaceRole,
} from '@pyairtable/subgraph-kit';
import type { Connection, LinkedBase, MirrorField } from '../db.ts';
import type { AirtableDeps } from '../deps.ts';
import type { RecordScope } from '../mirror/record-scope.ts';

/** The actor's role in a workspace, or null when they are not a member. */
export async function roleIn(
  deps: AirtableDeps,
  actor: Actor,
  workspaceId: string,
): Promise<WorkspaceRole | null> {
  if (!actor.userId) return null;
  return deps.memberships.roleOf(actor.userId, workspaceId, actor.requestId);
}

/** The actor's role in a workspace, when at least `minimum`; FORBIDDEN otherwise. */
export async function requireWorkspaceRole(
  deps: AirtableDeps,
  actor: Actor,
  workspaceId: string,
  minimum: WorkspaceRole,
): Promise<WorkspaceRole> {
  return deps.memberships.requireRole(requireUser(actor), workspaceId, minimum);
}

/** How an actor reaches a base: through the linked workspace that gives them the most. */
export interface BaseAccess {
  base: LinkedBase;
  /** Their role on the base (workspace role, grants and API key applied). */
  role: AccessRole;
  policy: BasePolicy;
  /** The workspace the access comes through; writes and audit are its. */
  workspaceId: string;
  /** That workspace's connection: calls to Airtable for the actor use its token. */
  connectionId: string;
}

/** A read-only API key only reads, whatever its owner may do. */
function refuseWritesOfReadOnlyKeys(actor: Actor, minimum: AccessRole) {
  if (actor.caller.apiKeyScopes?.readOnly && !accessAtLeast('VIEWER', minimum))
    throw forbidden('This API key is read-only.');
}

const refusal = (minimum: AccessRole, what: string) =>
  forbidden(`This needs the ${minimum.toLowerCase()} role or higher on this ${what}.`);

/**
 * The access of the actor to a base, as the permissions subgraph decides it, through the
 * linked workspace where it is highest; null when none of their workspaces links it or every
 * link denies them.
 */
export async function findBaseAccess(
  deps: AirtableDeps,
  actor: Actor,
  baseId: string,
): Promise<BaseAccess | null> {
  const userId = requireUser(actor);
  // An API key limited to some bases reaches no other.
  const keyBases = actor.caller.apiKeyScopes?.baseIds;
  if (keyBases && !keyBases.includes(baseId)) return null;
  const base = await deps.db.findBase(baseId);
  if (!base) return null;
  let best: BaseAccess | null = null;
  for (const link of base.links) {
    const workspaceRole = await roleIn(deps, actor, link.workspaceId);
    if (!workspaceRole) continue;
    const policy = await deps.policies.policyFor({
      workspaceId: link.workspaceId,
      baseId: base.id,
      workspaceRole,
      userId,
      email: actor.email,
      apiKeyId: actor.apiKeyId,
    });
    if (!best || !accessAtLeast(best.role, policy.role))
      best = {
        base,
        role: policy.role,
        policy,
        workspaceId: link.workspaceId,
        connectionId: link.connectionId,
      };
  }
  return best && best.role !== 'NONE' ? best : null;
}

/**
 * A synced base the actor may use with at least `minimum`. A base they cannot see (none of
 * their workspaces links it, or a grant denies it) is NOT_FOUND, as if it did not exist (no
 * existence oracle); too small a role is FORBIDDEN.
 */
export async function requireBase(
  deps: AirtableDeps,
  actor: Actor,
  baseId: string,
  minimum: AccessRole,
): Promise<BaseAccess> {
  const access = await findBaseAccess(deps, actor, baseId);
  if (!access) throw notFound('Base', baseId);
  if (!accessAtLeast(access.role, minimum)) throw refusal(minimum, 'base');
  refuseWritesOfReadOnlyKeys(actor, minimum);
  return access;
}

/** A table as the actor sees it: hidden fields left out, with what limits their records. */
export interface TableAccess extends BaseAccess {
  /** The table with only the fields the actor may see. */
  table: MirrorTableWithSchema;
  /** Every field, for rules that read fields the actor may not see. */
  fullTable: MirrorTableWithSchema;
  tablePolicy: TablePolicy;
  /** Which records and fields reads and writes of the actor cover. */
  scope: RecordScope;
}

/** The table of a base as the actor sees it, from the mirror's schema row. */
export function tableAccess(
  access: BaseAccess,
  actor: Actor,
  table: MirrorTableWithSchema,
): TableAccess | null {
  const tablePolicy = tablePolicyOf(access.policy, table.id);
  if (tablePolicy.role === 'NONE') return null;
  const hidden = new Set(tablePolicy.hiddenFieldIds);
  const visible = hidden.size
    ? { ...table, fields: table.fields.filter((f) => !hidden.has(f.id)) }
    : table;
  return {
    ...access,
    table: visible,
    fullTable: table,
    tablePolicy,
    scope: {
      fields: visible.fields as MirrorField[],
      allFields: table.fields as MirrorField[],
      readOnlyFieldIds: new Set(tablePolicy.readOnlyFieldIds),
      rowRule: tablePolicy.rowRule,
      currentUser: { id: actor.userId!, email: actor.email },
      fingerprint: access.policy.fingerprint,
    },
  };
}

/** A table of a base the actor may use with at least `minimum` (as they see it). */
export async function requireTable(
  deps: AirtableDeps,
  actor: Actor,
  baseId: string,
  tableId: string,
  minimum: AccessRole,
): Promise<TableAccess> {
  const access = await requireBase(deps, actor, baseId, 'VIEWER');
  // One table, not the whole schema: this runs on every records query.
  const row = await deps.db.findTableInBase(access.base.id, tableId);
  const table = row ? tableAccess(access, actor, row) : null;
  if (!table) throw notFound('Table', tableId);
  if (!accessAtLeast(table.tablePolicy.role, minimum)) throw refusal(minimum, 'table');
  refuseWritesOfReadOnlyKeys(actor, minimum);
  return table;
}

/** A connection of a workspace the actor administers. */
export async function requireConnection(
  deps: AirtableDeps,
  actor: Actor,
  id: string,
): Promise<Connection> {
  const connection = await deps.db.findConnection(uuidOrNotFound(id, 'Connection'));
  if (!connection) throw notFound('Connection', id);
  await requireWorkspaceRole(deps, actor, connection.workspaceId, 'ADMIN');
  return connection;
}

export type MirrorTableWithSchema = NonNullable<
  Awaited<ReturnType<AirtableDeps['db']['findTableInBase']>>
>;
