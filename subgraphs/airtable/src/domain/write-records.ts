import { badUserInput, notFound } from '@pyairtable/subgraph-kit';
import type { RecordRow, WriteKind } from '../db.ts';
import { checkWriteScope } from './check-write-scope.ts';
import type { AirtableDeps } from '../deps.ts';
import { requireTable, type MirrorTableWithSchema } from './access.ts';
import type { Actor } from '@pyairtable/subgraph-kit';

/** Field types Airtable computes: never written. */
export const COMPUTED_FIELD_TYPES = new Set([
  'formula',
  'rollup',
  'multipleLookupValues',
  'createdTime',
  'lastModifiedTime',
  'autoNumber',
  'count',
  'createdBy',
  'lastModifiedBy',
  'button',
]);
/** One mutation may carry this many records; Airtable gets them 10 at a time. */
export const MAX_RECORDS_PER_MUTATION = 1000;

/** Cells keyed by field id, checked against the mirrored schema. */
function toFieldIds(
  table: MirrorTableWithSchema,
  fields: unknown,
  index: number,
): Record<string, unknown> {
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields))
    throw badUserInput(`Record ${index + 1}: fields must be an object.`, 'records');
  const cells: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields as Record<string, unknown>)) {
    const field =
      table.fields.find((f) => f.name === key) ?? table.fields.find((f) => f.id === key);
    if (!field)
      throw badUserInput(
        `Record ${index + 1}: unknown field "${key}" in table ${table.name}.`,
        'records',
      );
    if (COMPUTED_FIELD_TYPES.has(field.type))
      throw badUserInput(
        `Record ${index + 1}: field "${field.name}" is computed and cannot be written.`,
        'records',
      );
    cells[field.id] = value;
  }
  return cells;
}

export interface WriteArgs {
  baseId: string;
  tableId: string;
  kind: WriteKind;
  records: { id?: string; fields?: unknown }[];
  typecast?: boolean | null;
  replace?: boolean | null;
  fieldsToMergeOn?: string[] | null;
  idempotencyKey?: string | null;
}

/**
 * Puts a write in the outbox (editors), lets the writer send it, and waits (bounded) for
 * Airtable's answer. Returns the stored batch: APPLIED, FAILED, or still PENDING.
 */
export async function writeRecords(deps: AirtableDeps, actor: Actor, args: WriteArgs) {
  // Tell the writer a write is coming, so it can pack it with others already queued.
  const release = deps.writer.expect(args.baseId);
  try {
    return await acceptWrite(deps, actor, args, release);
  } finally {
    release();
  }
}

async function acceptWrite(deps: AirtableDeps, actor: Actor, args: WriteArgs, stored: () => void) {
  const { base, table, workspaceId, scope } = await requireTable(
    deps,
    actor,
    args.baseId,
    args.tableId,
    'EDITOR',
  );
  if (args.records.length === 0) throw badUserInput('Provide at least one record.', 'records');
  if (args.records.length > MAX_RECORDS_PER_MUTATION)
    throw badUserInput(`At most ${MAX_RECORDS_PER_MUTATION} records per request.`, 'records');
  if (args.idempotencyKey) {
    const existing = await deps.db.findBatchByKey(base.id, args.idempotencyKey);
    if (existing) return existing; // a retried request: never written twice
  }
  const mergeOn = args.fieldsToMergeOn?.map((name) => {
    const field = table.fields.find((f) => f.name === name || f.id === name);
    if (!field) throw badUserInput(`Unknown merge field "${name}".`, 'fieldsToMergeOn');
    return field.id;
  });
  const ops = args.records.map((record, i) => {
    if (args.kind === 'UPDATE' || args.kind === 'DELETE') {
      if (!record.id) throw badUserInput(`Record ${i + 1}: an id is required.`, 'records');
    }
    return {
      recordId: record.id,
      fields: args.kind === 'DELETE' ? undefined : toFieldIds(table, record.fields, i),
      typecast: args.typecast === true,
      replace: args.replace === true,
      fieldsToMergeOn: mergeOn,
    };
  });
  const existing = new Map<string, RecordRow>();
  if (args.kind === 'UPDATE' || args.kind === 'DELETE') {
    for (const row of await deps.db.findRecords(ops.map((o) => o.recordId!)))
      if (row.tableId === table.id) existing.set(row.id, row);
    const missing = ops.find((o) => !existing.has(o.recordId!));
    if (missing) throw notFound('Record', missing.recordId);
  }
  await checkWriteScope(deps, scope, table.id, args.kind, ops, existing);
  const batch = await deps.db.insertBatch(
    {
      // The writer sends it with this workspace's token.
      workspaceId,
      baseId: base.id,
      tableId: table.id,
      kind: args.kind,
      requestedById: actor.userId,
      idempotencyKey: args.idempotencyKey ?? null,
    },
    ops,
  );
  stored();
  deps.writer.kick(base.id);
  await deps.writer.waitFor(batch.id, deps.config.WRITE_WAIT_MS);
  return (await deps.db.findBatch(batch.id))!;
}
