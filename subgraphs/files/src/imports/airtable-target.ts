import type { GatewayExecutor, GatewayResult } from '@pyairtable/subgraph-kit';

export interface TargetField {
  name: string;
  type: string;
}

export interface TargetTable {
  id: string;
  name: string;
  fields: TargetField[];
}

export type WriteStatus = {
  batchId: string;
  status: 'PENDING' | 'APPLIED' | 'FAILED';
  error: string | null;
};

type Written = { upsertRecords?: WriteStatus; createRecords?: WriteStatus };

/** A refusal or failure of the graph, with its code (transient ones are retried). */
export class GraphFailure extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
  get transient() {
    return ['RATE_LIMITED', 'UPSTREAM_UNAVAILABLE', 'TIMEOUT', 'INTERNAL_SERVER_ERROR'].includes(
      this.code,
    );
  }
}

function dataOf<T>(result: GatewayResult): T {
  const error = result.errors?.[0];
  if (error || !result.data)
    throw new GraphFailure(
      error?.message ?? 'No answer.',
      String(error?.extensions?.code ?? 'INTERNAL_SERVER_ERROR'),
    );
  return result.data as T;
}

const TABLE = `query ($b: ID!, $t: String!) {
  base(id: $b) { table(idOrName: $t) { id name fields { name type } } }
}`;
const CREATE_TABLE = `mutation ($i: CreateTableInput!) { createTable(input: $i) { id name fields { name type } } }`;
const CREATE_FIELD = `mutation ($i: CreateFieldInput!) { createField(input: $i) { name type } }`;
const WRITE_FIELDS = 'batchId status error';
const CREATE = `mutation ($b: ID!, $t: ID!, $r: [RecordInput!]!, $k: String) {
  createRecords(baseId: $b, tableId: $t, records: $r, typecast: true, idempotencyKey: $k) { ${WRITE_FIELDS} }
}`;
const UPSERT = `mutation ($b: ID!, $t: ID!, $r: [RecordInput!]!, $m: [String!]!, $k: String) {
  upsertRecords(baseId: $b, tableId: $t, records: $r, fieldsToMergeOn: $m, typecast: true, idempotencyKey: $k) { ${WRITE_FIELDS} }
}`;
const BATCH = `query ($id: ID!) { writeBatch(id: $id) { ${WRITE_FIELDS} } }`;

/** The table an import writes to, through the gateway as the person who started it. */
export function createAirtableTarget(execute: GatewayExecutor) {
  return {
    async readTable(baseId: string, table: string): Promise<TargetTable | null> {
      const data = dataOf<{ base: { table: TargetTable | null } | null }>(
        await execute(TABLE, { b: baseId, t: table }),
      );
      return data.base?.table ?? null;
    },
    async createTable(baseId: string, name: string, fields: TargetField[]): Promise<TargetTable> {
      return dataOf<{ createTable: TargetTable }>(
        await execute(CREATE_TABLE, { i: { baseId, name, fields } }),
      ).createTable;
    },
    async createField(baseId: string, tableId: string, field: TargetField) {
      dataOf(await execute(CREATE_FIELD, { i: { baseId, tableId, field } }));
    },
    /**
     * Writes records (upserted on `mergeOn` when given). The idempotency key makes a resent
     * chunk (after a crash) return the first write's batch instead of writing again.
     */
    async write(
      baseId: string,
      tableId: string,
      records: Record<string, unknown>[],
      mergeOn: string[],
      idempotencyKey: string,
    ): Promise<WriteStatus> {
      const r = records.map((fields) => ({ fields }));
      const data = mergeOn.length
        ? dataOf<Written>(
            await execute(UPSERT, { b: baseId, t: tableId, r, m: mergeOn, k: idempotencyKey }),
          )
        : dataOf<Written>(await execute(CREATE, { b: baseId, t: tableId, r, k: idempotencyKey }));
      return (data.upsertRecords ?? data.createRecords)!;
    },
    async batch(batchId: string): Promise<WriteStatus> {
      return dataOf<{ writeBatch: WriteStatus }>(await execute(BATCH, { id: batchId })).writeBatch;
    },
  };
}

export type AirtableTarget = ReturnType<typeof createAirtableTarget>;
