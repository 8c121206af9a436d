import { createField, createTable, type FieldInput } from '../domain/change-schema.ts';
import { syncTables, type SyncTablesInput } from '../domain/sync-tables.ts';
import type { AirtableContext } from '../deps.ts';
import { writeResult } from './mutation.ts';

export const SchemaMutation = {
  createTable: (
    _: unknown,
    {
      input,
    }: {
      input: { baseId: string; name: string; description?: string | null; fields: FieldInput[] };
    },
    ctx: AirtableContext,
  ) => createTable(ctx, input),
  createField: (
    _: unknown,
    { input }: { input: { baseId: string; tableId: string; field: FieldInput } },
    ctx: AirtableContext,
  ) => createField(ctx, input),
  syncTables: async (_: unknown, { input }: { input: SyncTablesInput }, ctx: AirtableContext) => {
    const result = await syncTables(ctx, input);
    return {
      ...result,
      writes: await Promise.all(result.writes.map((batch) => writeResult(ctx, batch))),
    };
  },
};
