/** Airtable takes at most 10 records per create, update, upsert or delete request. */
export const MAX_RECORDS_PER_REQUEST = 10;

/** Refuses a batch Airtable would refuse, before any request is sent. */
export function assertBatchSize(operation: string, count: number): void {
  if (count > MAX_RECORDS_PER_REQUEST) {
    throw new RangeError(
      `${operation} takes at most ${MAX_RECORDS_PER_REQUEST} records per request (Airtable's limit); got ${count}. Split the batch.`,
    );
  }
}
