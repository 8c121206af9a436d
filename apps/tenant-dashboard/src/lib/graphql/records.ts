import { graphql } from './generated/gql.ts';
import type { RecordFieldsFragment } from './generated/graphql.ts';
import { jsonObject } from './scalars.ts';

/** A record, with its cell values read as an object (field name → value). */
export type RecordNode = Omit<RecordFieldsFragment, 'fields'> & {
  fields: Record<string, unknown>;
};
export interface SortSpec {
  field: string;
  direction: 'ASC' | 'DESC';
}

/** A record as the API returns it, with its fields read as an object. */
export function toRecordNode(record: RecordFieldsFragment): RecordNode {
  return { ...record, fields: jsonObject(record.fields) ?? {} };
}

export const RECORD_FIELDS = graphql(`
  fragment RecordFields on Record {
    id
    createdTime
    fields
  }
`);

export const RECORDS = graphql(`
  query Records(
    $baseId: ID!
    $tableId: ID!
    $filterByFormula: String
    $sort: [SortInput!]
    $view: String
    $fields: [String!]
    $first: Int!
    $after: String
  ) {
    records(
      baseId: $baseId
      tableId: $tableId
      filterByFormula: $filterByFormula
      sort: $sort
      view: $view
      fields: $fields
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...RecordFields
        }
      }
    }
  }
`);

export const SEARCH_RECORDS = graphql(`
  query SearchRecords($baseId: ID!, $tableId: ID!, $query: String!, $first: Int!) {
    searchRecords(baseId: $baseId, tableId: $tableId, query: $query, first: $first) {
      ...RecordFields
    }
  }
`);

export const RECORD = graphql(`
  query Record($baseId: ID!, $tableId: ID!, $id: ID!) {
    record(baseId: $baseId, tableId: $tableId, id: $id) {
      ...RecordFields
    }
  }
`);

export const WRITE_RESULT_FIELDS = graphql(`
  fragment WriteResultFields on WriteResult {
    batchId
    status
    error
    deletedIds
    records {
      ...RecordFields
    }
  }
`);

export const CREATE_RECORDS = graphql(`
  mutation CreateRecords($baseId: ID!, $tableId: ID!, $records: [RecordInput!]!) {
    createRecords(baseId: $baseId, tableId: $tableId, records: $records, typecast: true) {
      ...WriteResultFields
    }
  }
`);

export const UPDATE_RECORDS = graphql(`
  mutation UpdateRecords(
    $baseId: ID!
    $tableId: ID!
    $records: [RecordUpdateInput!]!
    $idempotencyKey: String
  ) {
    updateRecords(
      baseId: $baseId
      tableId: $tableId
      records: $records
      typecast: true
      idempotencyKey: $idempotencyKey
    ) {
      ...WriteResultFields
    }
  }
`);

/** A write Airtable's pace held back (PENDING), followed until it is applied or refused. */
export const WRITE_BATCH = graphql(`
  query WriteBatch($id: ID!) {
    writeBatch(id: $id) {
      ...WriteResultFields
    }
  }
`);

export const DELETE_RECORDS = graphql(`
  mutation DeleteRecords($baseId: ID!, $tableId: ID!, $ids: [ID!]!) {
    deleteRecords(baseId: $baseId, tableId: $tableId, ids: $ids) {
      ...WriteResultFields
    }
  }
`);

export const RECORD_CHANGED = graphql(`
  subscription RecordChanged($baseId: ID!, $tableId: ID!) {
    recordChanged(baseId: $baseId, tableId: $tableId) {
      kind
      changedFields
      recordId
      record {
        ...RecordFields
      }
    }
  }
`);
