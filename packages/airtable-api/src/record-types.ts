/** Cell values keyed by field name (or by field id with `returnFieldsByFieldId`). */
export type Fields = Record<string, unknown>;

/** A record as the REST API returns it; empty cells are left out of `fields`. */
export interface AirtableRecord {
  id: string;
  createdTime: string;
  fields: Fields;
  commentCount?: number;
}

/** One page of a record list; `offset` is present when another page exists. */
export interface RecordsPage {
  records: AirtableRecord[];
  offset?: string;
}

/** One sort key of a record list. */
export interface SortSpec {
  field: string;
  direction?: 'asc' | 'desc';
}

/** Parameters of `POST /v0/{base}/{table}/listRecords`. */
export interface ListRecordsOptions {
  /** At most 100 (Airtable's default and maximum). */
  pageSize?: number;
  offset?: string;
  filterByFormula?: string;
  /** Field names or ids to return. */
  fields?: string[];
  returnFieldsByFieldId?: boolean;
  view?: string;
  sort?: SortSpec[];
  /** A cap across all pages. */
  maxRecords?: number;
}

/** Options of record writes. */
export interface WriteOptions {
  /** Best-effort conversion of strings (creates select options, resolves links by name). */
  typecast?: boolean;
  returnFieldsByFieldId?: boolean;
}

/** Options of `updateRecords`. */
export interface UpdateOptions extends WriteOptions {
  /** PUT instead of PATCH: cells not given are cleared. */
  replace?: boolean;
}

/** A record to create. */
export interface NewRecord {
  fields: Fields;
}

/** A change to an existing record. */
export interface RecordUpdate {
  id: string;
  fields: Fields;
}

/** A record to upsert: matched by `id` when given, else on the merge fields. */
export interface UpsertRecord {
  id?: string;
  fields: Fields;
}

/** The answer to a create or update. */
export interface RecordsResponse {
  records: AirtableRecord[];
}

/** The answer to an upsert: the records, and which ids were created or updated. */
export interface UpsertResponse extends RecordsResponse {
  createdRecords: string[];
  updatedRecords: string[];
}

/** The answer to a batch delete. */
export interface DeleteRecordsResponse {
  records: { id: string; deleted: true }[];
}
