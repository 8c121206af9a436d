import { analyzeTable } from '../domain/analyze-table.ts';
import { exportCsv } from '../domain/export-csv.ts';
import { findDuplicateRecords } from '../domain/find-duplicate-records.ts';
import { getBase } from '../domain/get-base.ts';
import { getRecord } from '../domain/get-record.ts';
import { listRecordComments } from '../domain/list-record-comments.ts';
import { listRecords } from '../domain/list-records.ts';
import { searchRecords } from '../domain/search-records.ts';
import { getWrite } from '../domain/write-result.ts';
import type { AirtableContext } from '../deps.ts';
import { recordViews, writeResultView } from './record-view.ts';

type Args<F extends (...args: never[]) => unknown> = Parameters<F>[2];

export const Query = {
  base: (_: unknown, args: { id: string }, ctx: AirtableContext) =>
    getBase(ctx.deps, ctx.actor, args.id),
  records: async (_: unknown, args: Args<typeof listRecords>, ctx: AirtableContext) => {
    const page = await listRecords(ctx.deps, ctx.actor, args);
    const views = recordViews(
      page.table,
      page.edges.map((e) => e.record),
      page.only,
    );
    return {
      edges: page.edges.map((edge, i) => ({ cursor: edge.cursor, node: views[i] })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.edges.at(-1)?.cursor ?? null },
      totalCount: page.totalCount,
    };
  },
  record: async (_: unknown, args: Args<typeof getRecord>, ctx: AirtableContext) => {
    const found = await getRecord(ctx.deps, ctx.actor, args);
    return found ? recordViews(found.table, [found.record], found.only)[0] : null;
  },
  searchRecords: async (_: unknown, args: Args<typeof searchRecords>, ctx: AirtableContext) => {
    const { table, records, only } = await searchRecords(ctx.deps, ctx.actor, args);
    return recordViews(table, records, only);
  },
  writeBatch: async (_: unknown, args: { id: string }, ctx: AirtableContext) =>
    writeResultView(await getWrite(ctx.deps, ctx.actor, args.id)),
  recordComments: (_: unknown, args: Args<typeof listRecordComments>, ctx: AirtableContext) =>
    listRecordComments(ctx.deps, ctx.actor, args),
  tableAnalysis: (_: unknown, args: Args<typeof analyzeTable>, ctx: AirtableContext) =>
    analyzeTable(ctx.deps, ctx.actor, args),
  duplicateRecords: async (
    _: unknown,
    args: Args<typeof findDuplicateRecords>,
    ctx: AirtableContext,
  ) => {
    const found = await findDuplicateRecords(ctx.deps, ctx.actor, args);
    return {
      ...found,
      groups: found.groups.map((g) => ({
        values: g.values,
        count: g.records.length,
        records: recordViews(found.table, g.records),
      })),
    };
  },
  exportCsv: (_: unknown, args: Args<typeof exportCsv>, ctx: AirtableContext) =>
    exportCsv(ctx.deps, ctx.actor, args),
};
