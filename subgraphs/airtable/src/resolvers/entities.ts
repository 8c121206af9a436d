import { DateTime, JSONScalar, roleAtLeast } from '@pyairtable/subgraph-kit';
import type { Connection, MirrorBase } from '../db.ts';
import { requireBase } from '../domain/access.ts';
import type { AirtableContext } from '../deps.ts';
import { fieldsByName, typedCells } from '../mirror/render-record.ts';
import { recordViews, type RecordView } from './record-view.ts';

type Table = Awaited<ReturnType<AirtableContext['deps']['db']['listTables']>>[number];

async function myRole(ctx: AirtableContext, workspaceId: string) {
  return ctx.auth.userId
    ? ctx.deps.memberships.roleOf(ctx.auth.userId, workspaceId, ctx.requestId)
    : null;
}

export const scalars = { DateTime, JSON: JSONScalar };

export const Workspace = {
  bases: async (ws: { id: string }, _: unknown, ctx: AirtableContext) =>
    (await myRole(ctx, ws.id)) ? ctx.deps.db.listBases({ workspaceId: ws.id }) : [],
  airtableConnections: async (ws: { id: string }, _: unknown, ctx: AirtableContext) => {
    const role = await myRole(ctx, ws.id);
    return role && roleAtLeast(role, 'ADMIN') ? ctx.deps.db.listConnections(ws.id) : [];
  },
};

export const AirtableConnection = {
  bases: (c: Connection, _: unknown, ctx: AirtableContext) =>
    ctx.deps.db.listBases({ connectionId: c.id }),
  availableBases: async (c: Connection, _: unknown, ctx: AirtableContext) => {
    const client = await ctx.deps.clients.forConnection(c.id);
    const synced = new Set((await ctx.deps.db.listBases({ connectionId: c.id })).map((b) => b.id));
    return (await client.listBases()).bases.map((b) => ({ ...b, synced: synced.has(b.id) }));
  },
};

export const Base = {
  __resolveReference: (ref: { id: string }, ctx: AirtableContext) =>
    requireBase(ctx, ref.id, 'VIEWER').catch(() => null),
  workspace: (base: MirrorBase) => ({ __typename: 'Workspace', id: base.workspaceId }),
  tables: (base: MirrorBase, _: unknown, ctx: AirtableContext) => ctx.deps.db.listTables(base.id),
  table: async (base: MirrorBase, args: { idOrName: string }, ctx: AirtableContext) =>
    (await ctx.deps.db.listTables(base.id)).find(
      (t) => t.id === args.idOrName || t.name === args.idOrName,
    ) ?? null,
  sync: (base: MirrorBase) => ({
    state: base.syncState,
    recordsDone: base.recordsDone,
    recordsTotal: base.recordsTotal,
    tablesDone: base.tablesDone,
    tablesTotal: base.tablesTotal,
    lastSyncedAt: base.lastSyncedAt,
    error: base.syncError,
  }),
};

export const Table = {
  primaryField: (t: Table) => t.fields.find((f) => f.id === t.primaryFieldId) ?? t.fields[0],
  recordCount: (t: Table, _: unknown, ctx: AirtableContext) => ctx.deps.db.countRecords(t.id),
};

export const Record = {
  id: (r: RecordView) => r.row.id,
  createdTime: (r: RecordView) => r.row.createdTime,
  fields: (r: RecordView) => fieldsByName(r.fields, r.row, { only: r.only }),
  cells: (r: RecordView) =>
    typedCells(r.only ? r.fields.filter((f) => r.only!.has(f.id)) : r.fields, r.row),
  createdBy: (r: RecordView) =>
    r.row.createdById ? { __typename: 'User', id: r.row.createdById } : null,
};

export const Cell = {
  __resolveType: (cell: { __typename: string }) => cell.__typename,
};

export const LinkCell = {
  records: async (
    cell: { recordIds: string[]; linkedTableId?: string },
    _: unknown,
    ctx: AirtableContext,
  ) => {
    if (!cell.linkedTableId) return [];
    const snapshot = await ctx.deps.mirror.snapshot(cell.linkedTableId);
    if (!snapshot) return [];
    return recordViews(
      snapshot,
      cell.recordIds.flatMap((id) => snapshot.byId.get(id) ?? []),
    );
  },
};
