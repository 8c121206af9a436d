import { gql, type TypedDocumentNode } from '@apollo/client';

export interface RecordNode {
  id: string;
  createdTime: string;
  fields: Record<string, unknown>;
}
export interface SortSpec {
  field: string;
  direction: 'ASC' | 'DESC';
}

export interface RecordsPage {
  records: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: RecordNode }[];
  };
}
export interface RecordsVariables {
  baseId: string;
  tableId: string;
  filterByFormula?: string | null;
  sort?: SortSpec[] | null;
  view?: string | null;
  fields?: string[] | null;
  first: number;
  after?: string | null;
}

export const RECORDS: TypedDocumentNode<RecordsPage, RecordsVariables> = gql`
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
          id
          createdTime
          fields
        }
      }
    }
  }
`;

export const SEARCH_RECORDS: TypedDocumentNode<
  { searchRecords: RecordNode[] },
  { baseId: string; tableId: string; query: string; first: number }
> = gql`
  query SearchRecords($baseId: ID!, $tableId: ID!, $query: String!, $first: Int!) {
    searchRecords(baseId: $baseId, tableId: $tableId, query: $query, first: $first) {
      id
      createdTime
      fields
    }
  }
`;

export const RECORD: TypedDocumentNode<
  { record: RecordNode | null },
  { baseId: string; tableId: string; id: string }
> = gql`
  query Record($baseId: ID!, $tableId: ID!, $id: ID!) {
    record(baseId: $baseId, tableId: $tableId, id: $id) {
      id
      createdTime
      fields
    }
  }
`;

export interface WriteResult {
  status: 'PENDING' | 'APPLIED' | 'FAILED';
  error: string | null;
  deletedIds: string[];
  records: RecordNode[];
}
const WRITE_FIELDS = 'status error deletedIds records { id createdTime fields }';

export const CREATE_RECORDS: TypedDocumentNode<
  { createRecords: WriteResult },
  { baseId: string; tableId: string; records: { fields: Record<string, unknown> }[] }
> = gql`
  mutation CreateRecords($baseId: ID!, $tableId: ID!, $records: [RecordInput!]!) {
    createRecords(baseId: $baseId, tableId: $tableId, records: $records, typecast: true) { ${WRITE_FIELDS} }
  }
`;

export const UPDATE_RECORDS: TypedDocumentNode<
  { updateRecords: WriteResult },
  {
    baseId: string;
    tableId: string;
    records: { id: string; fields: Record<string, unknown> }[];
    idempotencyKey: string;
  }
> = gql`
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
    ) { ${WRITE_FIELDS} }
  }
`;

export const DELETE_RECORDS: TypedDocumentNode<
  { deleteRecords: WriteResult },
  { baseId: string; tableId: string; ids: string[] }
> = gql`
  mutation DeleteRecords($baseId: ID!, $tableId: ID!, $ids: [ID!]!) {
    deleteRecords(baseId: $baseId, tableId: $tableId, ids: $ids) { ${WRITE_FIELDS} }
  }
`;

export interface RecordChange {
  kind: 'CREATED' | 'UPDATED' | 'DELETED';
  changedFields: string[];
  recordId: string;
  record: RecordNode | null;
}

export const RECORD_CHANGED: TypedDocumentNode<
  { recordChanged: RecordChange },
  { baseId: string; tableId: string }
> = gql`
  subscription RecordChanged($baseId: ID!, $tableId: ID!) {
    recordChanged(baseId: $baseId, tableId: $tableId) {
      kind
      changedFields
      recordId
      record {
        id
        createdTime
        fields
      }
    }
  }
`;
