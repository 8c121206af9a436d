import { DateTime, isClientError, JSONScalar, notFound } from '@pyairtable/subgraph-kit';
import type { Connection, MirrorBase } from '../db.ts';
import { describeTable, type SchemaDetail } from '../domain/describe-table.ts';
import { getBase } from '../domain/get-base.ts';
import { listAvailableBases } from '../domain/list-available-bases.ts';
import { listConnections, listWorkspaceBases } from '../domain/list-bases.ts';
import {
  countRecords,
  findTable,
  listConnectionBases,
  listTables,
  type VisibleTable,
} from '../domain/read-schema.ts';
import type { AirtableContext } from '../deps.ts';

export const scalars = { DateTime, JSON: JSONScalar };

export const Workspace = {
  bases: (ws: { id: string }, _: unknown, ctx: AirtableContext) =>
    listWorkspaceBases(ctx.deps, ctx.actor, ws.id),
  airtableConnections: (ws: { id: string }, _: unknown, ctx: AirtableContext) =>
    listConnections(ctx.deps, ctx.actor, ws.id),
};

export const AirtableConnection = {
  bases: (c: Connection, _: unknown, ctx: AirtableContext) => listConnectionBases(ctx.deps, c),
  availableBases: (c: Connection, _: unknown, ctx: AirtableContext) =>
    listAvailableBases(ctx.deps, c),
};

export const Base = {
  // A base the caller cannot see resolves to null, as the gateway expects of references;
  // anything but a deliberate refusal is a real failure and reaches the masking path.
  __resolveReference: (ref: { id: string }, ctx: AirtableContext) =>
    getBase(ctx.deps, ctx.actor, ref.id).catch((error: unknown) => {
      if (isClientError(error)) return null;
      throw error;
    }),
  workspace: (base: MirrorBase) => ({ __typename: 'Workspace', id: base.workspaceId }),
  tables: (base: MirrorBase, _: unknown, ctx: AirtableContext) =>
    listTables(ctx.deps, ctx.actor, base.id),
  table: (base: MirrorBase, args: { idOrName: string }, ctx: AirtableContext) =>
    findTable(ctx.deps, ctx.actor, base.id, args.idOrName),
  access: async (base: MirrorBase, _: unknown, ctx: AirtableContext) => {
    const access = await ctx.loaders.baseAccess.load(base.id);
    if (!access) throw notFound('Base', base.id);
    return { role: access.role, fingerprint: access.policy.fingerprint };
  },
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
  primaryField: (t: VisibleTable) => t.fields.find((f) => f.id === t.primaryFieldId) ?? t.fields[0],
  recordCount: (t: VisibleTable, _: unknown, ctx: AirtableContext) => countRecords(ctx.deps, t),
  access: (t: VisibleTable) => ({
    role: t.access.tablePolicy.role,
    readOnlyFields: t.fields.filter((f) => t.scope.readOnlyFieldIds.has(f.id)).map((f) => f.name),
    hasRowRule: t.scope.rowRule !== null,
    fingerprint: t.access.policy.fingerprint,
  }),
  schema: (t: VisibleTable, args: { detail: SchemaDetail }) => describeTable(t, args.detail),
};
