import { badUserInput, notFound } from '@pyairtable/subgraph-kit';
import { requireBase, requireTable } from '../domain/access.ts';
import { listRecordComments } from '../domain/record-comments.ts';
import { writeResult } from './mutation.ts';
import type { AirtableContext } from '../deps.ts';
import { queryRecords, searchRecords, type RecordQuery } from '../mirror/query-records.ts';
import { recordViews } from './record-view.ts';

type RecordsArgs = Omit<RecordQuery, 'tableId'> & { baseId: string; tableId: string };

/** A view's record order is fetched from Airtable the first time the view is queried. */
export async function ensureViewOrder(
  ctx: AirtableContext,
  baseId: string,
  table: { id: string; views: { id: string; name: string; recordIds: unknown }[] },
  view?: string | null,
) {
  const found = view ? table.views.find((v) => v.id === view || v.name === view) : undefined;
  if (found && found.recordIds === null) await ctx.deps.sync.loadView(baseId, table.id, found.id);
}

export const Query = {
  base: (_: unknown, args: { id: string }, ctx: AirtableContext) =>
    requireBase(ctx, args.id, 'VIEWER'),
  records: async (_: unknown, args: RecordsArgs, ctx: AirtableContext) => {
    const { base, table } = await requireTable(ctx, args.baseId, args.tableId, 'VIEWER');
    if ((args.first ?? 0) < 0) throw badUserInput('first must not be negative.', 'first');
    await ensureViewOrder(ctx, base.id, table, args.view);
    const result = await queryRecords(
      ctx.deps.mirror,
      { ...args, tableId: table.id },
      ctx.deps.clock(),
      ctx.deps.queryCache,
    );
    const views = recordViews(
      result.snapshot,
      result.edges.map((e) => e.record),
      result.only,
    );
    return {
      edges: result.edges.map((edge, i) => ({ cursor: edge.cursor, node: views[i] })),
      pageInfo: { hasNextPage: result.hasNextPage, endCursor: result.edges.at(-1)?.cursor ?? null },
      totalCount: result.totalCount,
    };
  },
  record: async (
    _: unknown,
    args: { baseId: string; tableId: string; id: string },
    ctx: AirtableContext,
  ) => {
    const { table } = await requireTable(ctx, args.baseId, args.tableId, 'VIEWER');
    const snapshot = await ctx.deps.mirror.snapshot(table.id);
    const row = snapshot?.byId.get(args.id);
    return snapshot && row ? recordViews(snapshot, [row])[0] : null;
  },
  searchRecords: async (
    _: unknown,
    args: { baseId: string; tableId: string; query: string; first: number },
    ctx: AirtableContext,
  ) => {
    const { table } = await requireTable(ctx, args.baseId, args.tableId, 'VIEWER');
    const { snapshot, records } = await searchRecords(
      ctx.deps.mirror,
      table.id,
      args.query,
      args.first,
    );
    return recordViews(snapshot, records);
  },
  writeBatch: async (_: unknown, args: { id: string }, ctx: AirtableContext) => {
    const batch = await ctx.deps.db.findBatch(args.id).catch(() => null);
    if (!batch) throw notFound('Write', args.id);
    await requireBase(ctx, batch.baseId, 'VIEWER');
    return writeResult(ctx, batch);
  },
  recordComments: (
    _: unknown,
    args: { baseId: string; tableId: string; recordId: string; first?: number | null },
    ctx: AirtableContext,
  ) => listRecordComments(ctx, args),
};
