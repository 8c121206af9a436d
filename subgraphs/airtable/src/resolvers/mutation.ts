import { badUserInput } from '@pyairtable/subgraph-kit';
import { requireBase } from '../domain/access.ts';
import { connectAirtable, removeConnection, syncBase } from '../domain/connections.ts';
import { addRecordComment } from '../domain/record-comments.ts';
import { describeBatch, writeRecords, type WriteArgs } from '../domain/write-records.ts';
import type { AirtableContext } from '../deps.ts';
import { recordViews } from './record-view.ts';

async function write(ctx: AirtableContext, args: WriteArgs) {
  const batch = await writeRecords(ctx, args);
  // Airtable refused it: its message names the field; the position names the record.
  if (batch.status === 'FAILED')
    throw badUserInput(`Airtable refused the write. ${batch.error ?? ''}`.trim(), 'records');
  return writeResult(ctx, batch);
}

/** A batch as the GraphQL WriteResult, its records wrapped for the Record resolvers. */
export async function writeResult(
  ctx: AirtableContext,
  batch: Parameters<typeof describeBatch>[1],
) {
  const result = await describeBatch(ctx.deps.db, batch);
  const snapshot = await ctx.deps.mirror.snapshot(batch.tableId);
  return { ...result, records: snapshot ? recordViews(snapshot, result.records) : [] };
}

type WriteInput = { baseId: string; tableId: string; typecast?: boolean; idempotencyKey?: string };

export const Mutation = {
  connectAirtable: (
    _: unknown,
    { input }: { input: { workspaceId: string; name: string; token: string } },
    ctx: AirtableContext,
  ) => connectAirtable(ctx, input),
  removeConnection: (_: unknown, args: { id: string }, ctx: AirtableContext) =>
    removeConnection(ctx, args.id),
  syncBase: (
    _: unknown,
    { input }: { input: { connectionId: string; baseId: string } },
    ctx: AirtableContext,
  ) => syncBase(ctx, input),
  removeBase: async (_: unknown, args: { id: string }, ctx: AirtableContext) => {
    const base = await requireBase(ctx, args.id, 'ADMIN');
    await ctx.deps.sync.idle(base.id);
    await ctx.deps.db.deleteBase(base.id);
    return true;
  },
  resyncBase: async (_: unknown, args: { id: string }, ctx: AirtableContext) => {
    const base = await requireBase(ctx, args.id, 'ADMIN');
    void ctx.deps.sync.syncNow(base.id);
    return base;
  },
  createRecords: (
    _: unknown,
    args: WriteInput & { records: { fields: unknown }[] },
    ctx: AirtableContext,
  ) => write(ctx, { ...args, kind: 'CREATE' }),
  updateRecords: (
    _: unknown,
    args: WriteInput & { records: { id: string; fields: unknown }[]; replace?: boolean },
    ctx: AirtableContext,
  ) => write(ctx, { ...args, kind: 'UPDATE' }),
  upsertRecords: (
    _: unknown,
    args: WriteInput & { records: { fields: unknown }[]; fieldsToMergeOn: string[] },
    ctx: AirtableContext,
  ) => write(ctx, { ...args, kind: 'UPSERT' }),
  deleteRecords: (_: unknown, args: WriteInput & { ids: string[] }, ctx: AirtableContext) =>
    write(ctx, { ...args, kind: 'DELETE', records: args.ids.map((id) => ({ id })) }),
  addRecordComment: (
    _: unknown,
    args: { baseId: string; tableId: string; recordId: string; text: string },
    ctx: AirtableContext,
  ) => addRecordComment(ctx, args),
};
