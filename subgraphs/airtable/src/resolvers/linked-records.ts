import type { RecordRow } from '../db.ts';
import type { AirtableContext } from '../deps.ts';
import { tableAccess, type TableAccess } from '../domain/access.ts';
import { rowFilter } from '../mirror/record-scope.ts';

/**
 * The linked records of one cell that exist for the caller, with their table as the caller
 * sees it (its hidden fields and row rule apply too); read by id, batched across a page's
 * cells, never the whole linked table.
 */
export async function linkedRecords(
  ctx: AirtableContext,
  linkedTableId: string | undefined,
  ids: readonly string[],
): Promise<{ table: TableAccess; rows: RecordRow[] } | null> {
  if (!linkedTableId || ids.length === 0) return null;
  const [row, rows] = await Promise.all([
    ctx.loaders.table.load(linkedTableId),
    ctx.loaders.record.loadMany([...ids]),
  ]);
  const base = row ? await ctx.loaders.baseAccess.load(row.baseId) : null;
  const table = base && row ? tableAccess(base, ctx.actor, row) : null;
  if (!table) return null;
  const visible = rowFilter(table.scope, ctx.deps.clock());
  const found = rows.filter(
    (r): r is RecordRow =>
      !(r instanceof Error) &&
      r !== null &&
      r.tableId === linkedTableId &&
      (!visible || visible(r)),
  );
  return { table, rows: found };
}

/** Link cells as `{ id, name }` pairs: the name is the linked record's primary field, as text. */
export async function withLinkedNames(
  ctx: AirtableContext,
  fields: { id: string; name: string; type: string; options: unknown }[],
  out: Record<string, unknown>,
  cells: Record<string, unknown>,
) {
  for (const field of fields) {
    if (field.type !== 'multipleRecordLinks' || !(field.name in out)) continue;
    const ids = (cells[field.id] as string[] | undefined) ?? [];
    const linkedTableId = (field.options as { linkedTableId?: string } | null)?.linkedTableId;
    const linked = await linkedRecords(ctx, linkedTableId, ids);
    const primary = linked?.table.table.fields.find(
      (f) => f.id === linked.table.table.primaryFieldId,
    );
    const byId = new Map(linked?.rows.map((r) => [r.id, r]) ?? []);
    // Records the caller cannot see keep their id only.
    out[field.name] = ids.map((id) => {
      const value = primary ? byId.get(id)?.cells[primary.id] : undefined;
      return { id, name: value === undefined || value === null ? null : String(value) };
    });
  }
  return out;
}
