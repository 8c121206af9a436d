import type { RecordRow } from '../db.ts';
import type { AirtableContext } from '../deps.ts';
import { tableAccess } from '../domain/access.ts';
import { rowFilter } from '../mirror/record-scope.ts';
import { fieldsByName, typedCells } from '../mirror/render-record.ts';
import { recordViews, type RecordView } from './record-view.ts';

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
  // The linked records of one cell, read by id (batched across the page's cells), never the
  // whole linked table.
  records: async (
    cell: { recordIds: string[]; linkedTableId?: string },
    _: unknown,
    ctx: AirtableContext,
  ) => {
    if (!cell.linkedTableId || cell.recordIds.length === 0) return [];
    const [row, rows] = await Promise.all([
      ctx.loaders.table.load(cell.linkedTableId),
      ctx.loaders.record.loadMany(cell.recordIds),
    ]);
    // The linked table as the caller sees it: its hidden fields and row rule apply too.
    const base = row ? await ctx.loaders.baseAccess.load(row.baseId) : null;
    const table = base && row ? tableAccess(base, ctx.actor, row) : null;
    if (!table) return [];
    const visible = rowFilter(table.scope, ctx.deps.clock());
    const linked = rows.filter(
      (r): r is RecordRow =>
        !(r instanceof Error) &&
        r !== null &&
        r.tableId === cell.linkedTableId &&
        (!visible || visible(r)),
    );
    return recordViews(table.table, linked);
  },
};
