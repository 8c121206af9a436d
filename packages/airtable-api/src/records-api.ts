import { assertBatchSize } from './assert-batch-size.ts';
import type {
  AirtableRecord,
  DeleteRecordsResponse,
  ListRecordsOptions,
  NewRecord,
  RecordsPage,
  RecordsResponse,
  RecordUpdate,
  UpdateOptions,
  UpsertRecord,
  UpsertResponse,
  WriteOptions,
} from './record-types.ts';
import type { SendRequest } from './send-request.ts';

/** Wraps each page request of `listAllRecords`, e.g. `(call) => withRetries(call)`. */
export type PageCall = <T>(call: () => Promise<T>) => Promise<T>;

const tablePath = (baseId: string, tableIdOrName: string) =>
  `/v0/${encodeURIComponent(baseId)}/${encodeURIComponent(tableIdOrName)}`;

/** The records endpoints of one client. */
export function createRecordsApi(send: SendRequest) {
  /** One page of records (`POST …/listRecords`); pass `offset` back for the next. */
  function listRecordsPage(
    baseId: string,
    tableId: string,
    options: ListRecordsOptions = {},
  ): Promise<RecordsPage> {
    // POST listRecords takes the same parameters as GET but has no URL length limit.
    return send<RecordsPage>({
      method: 'POST',
      path: `${tablePath(baseId, tableId)}/listRecords`,
      body: options,
      baseId,
    });
  }

  /** Yields every page, following `offset`; each page carries the offset of the next. */
  async function* listAllRecords(
    baseId: string,
    tableId: string,
    options: ListRecordsOptions = {},
    callPage: PageCall = (call) => call(),
  ): AsyncGenerator<RecordsPage, void, undefined> {
    let offset = options.offset;
    do {
      const page = await callPage(() => listRecordsPage(baseId, tableId, { ...options, offset }));
      yield page;
      offset = page.offset;
    } while (offset !== undefined);
  }

  return {
    listRecordsPage,
    listAllRecords,

    /** One record by id (404 `NOT_FOUND` when it does not exist). */
    getRecord(
      baseId: string,
      tableId: string,
      recordId: string,
      options: { returnFieldsByFieldId?: boolean } = {},
    ): Promise<AirtableRecord> {
      return send({
        method: 'GET',
        path: `${tablePath(baseId, tableId)}/${encodeURIComponent(recordId)}`,
        query: { returnFieldsByFieldId: options.returnFieldsByFieldId },
        baseId,
      });
    },

    /** Creates up to 10 records. */
    async createRecords(
      baseId: string,
      tableId: string,
      records: NewRecord[],
      options: WriteOptions = {},
    ): Promise<RecordsResponse> {
      assertBatchSize('createRecords', records.length);
      if (records.length === 0) return { records: [] };
      return send({
        method: 'POST',
        path: tablePath(baseId, tableId),
        body: { records: records.map((r) => ({ fields: r.fields })), ...options },
        baseId,
      });
    },

    /** Updates up to 10 records: PATCH merges, `replace` (PUT) clears cells not given. */
    async updateRecords(
      baseId: string,
      tableId: string,
      records: RecordUpdate[],
      options: UpdateOptions = {},
    ): Promise<RecordsResponse> {
      assertBatchSize('updateRecords', records.length);
      if (records.length === 0) return { records: [] };
      const { replace, ...rest } = options;
      return send({
        method: replace ? 'PUT' : 'PATCH',
        path: tablePath(baseId, tableId),
        body: { records: records.map((r) => ({ id: r.id, fields: r.fields })), ...rest },
        baseId,
      });
    },

    /** Creates or updates up to 10 records, matched on 1 to 3 `fieldsToMergeOn`. */
    async upsertRecords(
      baseId: string,
      tableId: string,
      records: UpsertRecord[],
      fieldsToMergeOn: string[],
      options: UpdateOptions = {},
    ): Promise<UpsertResponse> {
      assertBatchSize('upsertRecords', records.length);
      if (fieldsToMergeOn.length < 1 || fieldsToMergeOn.length > 3) {
        throw new RangeError(
          `upsertRecords merges on 1 to 3 fields (Airtable's limit); got ${fieldsToMergeOn.length}`,
        );
      }
      if (records.length === 0) return { records: [], createdRecords: [], updatedRecords: [] };
      const { replace, ...rest } = options;
      return send({
        method: replace ? 'PUT' : 'PATCH',
        path: tablePath(baseId, tableId),
        body: {
          records: records.map((r) =>
            r.id ? { id: r.id, fields: r.fields } : { fields: r.fields },
          ),
          performUpsert: { fieldsToMergeOn },
          ...rest,
        },
        baseId,
      });
    },

    /** Deletes up to 10 records by id. */
    async deleteRecords(
      baseId: string,
      tableId: string,
      recordIds: string[],
    ): Promise<DeleteRecordsResponse> {
      assertBatchSize('deleteRecords', recordIds.length);
      if (recordIds.length === 0) return { records: [] };
      return send({
        method: 'DELETE',
        path: tablePath(baseId, tableId),
        query: { records: recordIds },
        baseId,
      });
    },
  };
}
