import { graphql } from './generated/gql.ts';
import type {
  AirtableConnectionsQuery,
  AvailableBaseFieldsFragment,
  FieldMetaFieldsFragment,
  SyncState,
  SyncStatusFieldsFragment,
  TableMetaFieldsFragment,
} from './generated/graphql.ts';
import { jsonObject } from './scalars.ts';

export type { SyncState };
export type SyncStatus = SyncStatusFieldsFragment;
export type AvailableBase = AvailableBaseFieldsFragment;
export type Connection = NonNullable<
  AirtableConnectionsQuery['workspace']
>['airtableConnections'][number];

export const SYNC_STATUS_FIELDS = graphql(`
  fragment SyncStatusFields on SyncStatus {
    state
    recordsDone
    recordsTotal
    tablesDone
    tablesTotal
    lastSyncedAt
    error
  }
`);

export const AVAILABLE_BASE_FIELDS = graphql(`
  fragment AvailableBaseFields on AvailableBase {
    id
    name
    permissionLevel
    synced
  }
`);

export const CONNECTIONS = graphql(`
  query AirtableConnections($id: ID!) {
    workspace(id: $id) {
      id
      role
      airtableConnections {
        id
        name
        tokenHint
        createdAt
        bases {
          id
          name
          sync {
            ...SyncStatusFields
          }
        }
      }
    }
  }
`);

export const AVAILABLE_BASES = graphql(`
  query AvailableBases($id: ID!) {
    workspace(id: $id) {
      id
      airtableConnections {
        id
        availableBases {
          ...AvailableBaseFields
        }
      }
    }
  }
`);

export const CONNECT_AIRTABLE = graphql(`
  mutation ConnectAirtable($workspaceId: ID!, $name: String!, $token: String!) {
    connectAirtable(input: { workspaceId: $workspaceId, name: $name, token: $token }) {
      id
      name
      tokenHint
      createdAt
      bases {
        id
        name
        sync {
          ...SyncStatusFields
        }
      }
      availableBases {
        ...AvailableBaseFields
      }
    }
  }
`);

export const SYNC_BASE = graphql(`
  mutation SyncBase($connectionId: ID!, $baseId: ID!) {
    syncBase(input: { connectionId: $connectionId, baseId: $baseId }) {
      id
      name
      sync {
        ...SyncStatusFields
      }
    }
  }
`);

export const RESYNC_BASE = graphql(`
  mutation ResyncBase($id: ID!) {
    resyncBase(id: $id) {
      id
      sync {
        ...SyncStatusFields
      }
    }
  }
`);

export const REMOVE_CONNECTION = graphql(`
  mutation RemoveConnection($id: ID!) {
    removeConnection(id: $id)
  }
`);

export const SYNC_PROGRESS = graphql(`
  subscription SyncProgress($baseId: ID!) {
    syncProgress(baseId: $baseId) {
      ...SyncStatusFields
    }
  }
`);

export const FIELD_META_FIELDS = graphql(`
  fragment FieldMetaFields on Field {
    id
    name
    type
    description
    options
  }
`);

export const TABLE_META_FIELDS = graphql(`
  fragment TableMetaFields on Table {
    id
    name
    description
    recordCount
    primaryField {
      id
      name
    }
    fields {
      ...FieldMetaFields
    }
    views {
      id
      name
      type
    }
  }
`);

/** A field, with its options read as an object. */
export type FieldMeta = Omit<FieldMetaFieldsFragment, 'options'> & {
  options: Record<string, unknown> | null;
};
export type ViewMeta = TableMetaFieldsFragment['views'][number];
export type TableMeta = Omit<TableMetaFieldsFragment, 'fields'> & { fields: FieldMeta[] };

/** A table as the API describes it, with its fields' options read as objects. */
export function toTableMeta(table: TableMetaFieldsFragment): TableMeta {
  return {
    ...table,
    fields: table.fields.map((field) => ({ ...field, options: jsonObject(field.options) })),
  };
}

export const BASE_SCHEMA = graphql(`
  query BaseSchema($id: ID!) {
    base(id: $id) {
      id
      name
      tables {
        ...TableMetaFields
      }
    }
  }
`);

export const TABLE_SCHEMA_CHANGED = graphql(`
  subscription TableSchemaChanged($baseId: ID!) {
    tableSchemaChanged(baseId: $baseId) {
      tableId
    }
  }
`);
