import { notFound, type WorkspaceRole } from '@pyairtable/subgraph-kit';
import type { MirrorBase } from '../db.ts';
import type { AirtableContext } from '../deps.ts';

/** The caller's role in a workspace, when at least `minimum`; FORBIDDEN otherwise. */
export function requireWorkspaceRole(
  ctx: AirtableContext,
  workspaceId: string,
  minimum: WorkspaceRole,
) {
  return ctx.deps.memberships.requireRole(ctx.auth.requireUser(), workspaceId, minimum);
}

/** A synced base the caller may use with at least `minimum`; NOT_FOUND / FORBIDDEN otherwise. */
export async function requireBase(
  ctx: AirtableContext,
  baseId: string,
  minimum: WorkspaceRole,
): Promise<MirrorBase> {
  ctx.auth.requireUser();
  const base = await ctx.deps.db.findBase(baseId);
  if (!base) throw notFound('Base', baseId);
  await requireWorkspaceRole(ctx, base.workspaceId, minimum);
  return base;
}

/** A table of a base the caller may use. */
export async function requireTable(
  ctx: AirtableContext,
  baseId: string,
  tableId: string,
  minimum: WorkspaceRole,
) {
  const base = await requireBase(ctx, baseId, minimum);
  // One table, not the whole schema: this runs on every records query.
  const table = await ctx.deps.db.findTableInBase(base.id, tableId);
  if (!table) throw notFound('Table', tableId);
  return { base, table };
}
