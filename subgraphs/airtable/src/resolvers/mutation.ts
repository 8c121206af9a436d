import { badUserInput } from '@pyairtable/subgraph-kit';
import { addRecordComment } from '../domain/add-record-comment.ts';
import { connectAirtable } from '../domain/connect-airtable.ts';
import { createField } from '../domain/create-field.ts';
import { createTable } from '../domain/create-table.ts';
import { removeBase } from '../domain/remove-base.ts';
import { removeConnection } from '../domain/remove-connection.ts';
import { resyncBase } from '../domain/resync-base.ts';
import { syncBase } from '../domain/sync-base.ts';
import { syncTables } from '../domain/sync-tables.ts';
import { writeRecords, type WriteArgs } from '../domain/write-records.ts';
import { describeWrite } from '../domain/write-result.ts';
import type { AirtableContext } from '../deps.ts';
import { writeResultView } from './record-view.ts';

type Input<F extends (...args: never[]) => unknown> = { input: Parameters<F>[2] };
type WriteInput = Omit<WriteArgs, 'kind' | 'records'>;

async function write(ctx: AirtableContext, args: WriteArgs) {
  const batch = await writeRecords(ctx.deps, ctx.actor, args);
  // Airtable refused it: its message names the field; the position names the record.
  if (batch.status === 'FAILED')
    throw badUserInput(`Airtable refused the write. ${batch.error ?? ''}`.trim(), 'records');
  return writeResultView(await describeWrite(ctx.deps, ctx.actor, batch));
}

export const Mutation = {
  connectAirtable: (_: unknown, { input }: Input<typeof connectAirtable>, ctx: AirtableContext) =>
    connectAirtable(ctx.deps, ctx.actor, input),
  removeConnection: (_: unknown, args: { id: string }, ctx: AirtableContext) =>
    removeConnection(ctx.deps, ctx.actor, args.id),
  syncBase: (_: unknown, { input }: Input<typeof syncBase>, ctx: AirtableContext) =>
    syncBase(ctx.deps, ctx.actor, input),
  removeBase: (_: unknown, args: { id: string }, ctx: AirtableContext) =>
    removeBase(ctx.deps, ctx.actor, args.id),
  resyncBase: (_: unknown, args: { id: string }, ctx: AirtableContext) =>
    resyncBase(ctx.deps, ctx.actor, args.id),
  createRecords: (
    _: unknown,
    args: WriteInput & { records: { fields: unknown }[] },
    ctx: AirtableContext,
  ) => write(ctx, { ...args, kind: 'CREATE' }),
  updateRecords: (
    _: unknown,
    args: WriteInput & { records: { id: string; fields: unknown }[] },
    ctx: AirtableContext,
  ) => write(ctx, { ...args, kind: 'UPDATE' }),
  upsertRecords: (
    _: unknown,
    args: WriteInput & { records: { fields: unknown }[] },
    ctx: AirtableContext,
  ) => write(ctx, { ...args, kind: 'UPSERT' }),
  deleteRecords: (_: unknown, args: WriteInput & { ids: string[] }, ctx: AirtableContext) =>
    write(ctx, { ...args, kind: 'DELETE', records: args.ids.map((id) => ({ id })) }),
  addRecordComment: (
    _: unknown,
    args: Parameters<typeof addRecordComment>[2],
    ctx: AirtableContext,
  ) => addRecordComment(ctx.deps, ctx.actor, args),
  createTable: (_: unknown, { input }: Input<typeof createTable>, ctx: AirtableContext) =>
    createTable(ctx.deps, ctx.actor, input),
  createField: (_: unknown, { input }: Input<typeof createField>, ctx: AirtableContext) =>
    createField(ctx.deps, ctx.actor, input),
  syncTables: async (_: unknown, { input }: Input<typeof syncTables>, ctx: AirtableContext) => {
    const result = await syncTables(ctx.deps, ctx.actor, input);
    const writes = [];
    for (const batch of result.writes)
      writes.push(writeResultView(await describeWrite(ctx.deps, ctx.actor, batch)));
    return { ...result, writes };
  },
};
