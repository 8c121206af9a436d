import { sleep } from '../sleep.ts';
import { graphCall, StepFailure } from '../graph-call.ts';
import { writeKey, type StepContext } from './step-context.ts';

interface WrittenRecord {
  id: string;
  createdTime: string;
  fields: Record<string, unknown>;
}
interface WriteResult {
  batchId: string;
  status: 'PENDING' | 'APPLIED' | 'FAILED';
  error: string | null;
  records: WrittenRecord[];
  deletedIds: string[];
}

const RESULT = '{ batchId status error records { id createdTime fields } deletedIds }';
const WRITES = {
  create: `mutation ($b: ID!, $t: ID!, $r: [RecordInput!]!, $k: String) {
    w: createRecords(baseId: $b, tableId: $t, records: $r, typecast: true, idempotencyKey: $k) ${RESULT} }`,
  update: `mutation ($b: ID!, $t: ID!, $r: [RecordUpdateInput!]!, $k: String) {
    w: updateRecords(baseId: $b, tableId: $t, records: $r, typecast: true, idempotencyKey: $k) ${RESULT} }`,
  delete: `mutation ($b: ID!, $t: ID!, $ids: [ID!]!, $k: String) {
    w: deleteRecords(baseId: $b, tableId: $t, ids: $ids, idempotencyKey: $k) ${RESULT} }`,
};
const BATCH = `query ($id: ID!) { w: writeBatch(id: $id) ${RESULT} }`;

/** Sends a write through the airtable subgraph's writer and waits until Airtable took it. */
async function write(
  ctx: StepContext,
  kind: keyof typeof WRITES,
  variables: Record<string, unknown>,
) {
  let result = (
    await graphCall<{ w: WriteResult }>(ctx.graph, WRITES[kind], { ...variables, k: writeKey(ctx) })
  ).w;
  while (result.status === 'PENDING') {
    ctx.log(`waiting for Airtable (batch ${result.batchId})`);
    await sleep(500, ctx.signal);
    const again = await graphCall<{ w: WriteResult | null }>(ctx.graph, BATCH, {
      id: result.batchId,
    });
    if (!again.w) throw new StepFailure(`The write batch ${result.batchId} is gone.`);
    result = again.w;
  }
  if (result.status === 'FAILED')
    throw new StepFailure(result.error ?? 'Airtable refused the write.');
  return result;
}

const text = (value: unknown, what: string) => {
  if (typeof value !== 'string' || !value) throw new StepFailure(`${what} is empty.`);
  return value;
};

export async function createRecord(
  input: { baseId: string; tableId: string; fields: Record<string, unknown> },
  ctx: StepContext,
) {
  if (ctx.dryRun) {
    ctx.log(`would create a record in ${input.tableId}`);
    return { id: null, createdTime: null, fields: input.fields, preview: true };
  }
  const result = await write(ctx, 'create', {
    b: input.baseId,
    t: input.tableId,
    r: [{ fields: input.fields }],
  });
  const record = result.records[0];
  ctx.log(`created ${record?.id ?? 'a record'}`);
  return {
    id: record?.id ?? null,
    createdTime: record?.createdTime ?? null,
    fields: record?.fields ?? {},
  };
}

export async function updateRecord(
  input: { baseId: string; tableId: string; recordId: unknown; fields: Record<string, unknown> },
  ctx: StepContext,
) {
  const id = text(input.recordId, 'The record id');
  if (ctx.dryRun) {
    ctx.log(`would update ${id}`);
    return { id, fields: input.fields, preview: true };
  }
  const result = await write(ctx, 'update', {
    b: input.baseId,
    t: input.tableId,
    r: [{ id, fields: input.fields }],
  });
  ctx.log(`updated ${id}`);
  return { id, fields: result.records[0]?.fields ?? input.fields };
}

export async function deleteRecord(
  input: { baseId: string; tableId: string; recordId: unknown },
  ctx: StepContext,
) {
  const id = text(input.recordId, 'The record id');
  if (ctx.dryRun) {
    ctx.log(`would delete ${id}`);
    return { id, deleted: false, preview: true };
  }
  await write(ctx, 'delete', { b: input.baseId, t: input.tableId, ids: [id] });
  ctx.log(`deleted ${id}`);
  return { id, deleted: true };
}

const FIND = `query ($b: ID!, $t: ID!, $f: String, $s: [SortInput!], $n: Int, $a: String) {
  records(baseId: $b, tableId: $t, filterByFormula: $f, sort: $s, first: $n, after: $a) {
    edges { node { id createdTime fields } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** Reads records (for real in test runs too): formula, sort, up to maxRecords. */
export async function findRecords(
  input: {
    baseId: string;
    tableId: string;
    formula?: string;
    sort?: { field: string; direction: 'asc' | 'desc' }[];
    maxRecords: number;
  },
  ctx: StepContext,
) {
  const records: WrittenRecord[] = [];
  let after: string | null = null;
  do {
    const page: {
      records: {
        edges: { node: WrittenRecord }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    } = await graphCall(ctx.graph, FIND, {
      b: input.baseId,
      t: input.tableId,
      f: input.formula || null,
      s: input.sort?.map((s) => ({
        field: s.field,
        direction: s.direction === 'desc' ? 'DESC' : 'ASC',
      })),
      n: Math.min(100, input.maxRecords - records.length),
      a: after,
    });
    records.push(...page.records.edges.map((e) => e.node));
    after = page.records.pageInfo.hasNextPage ? page.records.pageInfo.endCursor : null;
  } while (after && records.length < input.maxRecords);
  ctx.log(`found ${records.length} record(s)`);
  return { records, count: records.length };
}
