import type { AirtableContext } from '../deps.ts';
import { fieldsByName, typedCells } from '../mirror/render-record.ts';
import { linkedRecords, withLinkedNames } from './linked-records.ts';
import { recordViews, type RecordView } from './record-view.ts';

export const Record = {
  id: (r: RecordView) => r.row.id,
  createdTime: (r: RecordView) => r.row.createdTime,
  fields: (r: RecordView, args: { linkedNames?: boolean | null }, ctx: AirtableContext) => {
    const out = fieldsByName(r.fields, r.row, { only: r.only });
    return args.linkedNames ? withLinkedNames(ctx, r.fields, out, r.row.cells) : out;
  },
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
    const linked = await linkedRecords(ctx, cell.linkedTableId, cell.recordIds);
    return linked ? recordViews(linked.table.table, linked.rows) : [];
  },
};
