import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Role } from './workspaces.ts';

export type SyncState = 'PENDING' | 'SYNCING' | 'READY' | 'ERROR';
export interface SyncStatus {
  state: SyncState;
  recordsDone: number;
  recordsTotal: number | null;
  tablesDone: number;
  tablesTotal: number;
  lastSyncedAt: string | null;
  error: string | null;
}
const SYNC_FIELDS = 'state recordsDone recordsTotal tablesDone tablesTotal lastSyncedAt error';

export interface AvailableBase {
  id: string;
  name: string;
  permissionLevel: string;
  synced: boolean;
}
export interface Connection {
  id: string;
  name: string;
  tokenHint: string;
  createdAt: string;
  bases: { id: string; name: string; sync: SyncStatus }[];
}

export const CONNECTIONS: TypedDocumentNode<
  { workspace: { id: string; role: Role; airtableConnections: Connection[] } | null },
  { id: string }
> = gql`
  query AirtableConnections($id: ID!) {
    workspace(id: $id) {
      id role
      airtableConnections { id name tokenHint createdAt bases { id name sync { ${SYNC_FIELDS} } } }
    }
  }
`;

export const AVAILABLE_BASES: TypedDocumentNode<
  {
    workspace: {
      id: string;
      airtableConnections: { id: string; availableBases: AvailableBase[] }[];
    } | null;
  },
  { id: string }
> = gql`
  query AvailableBases($id: ID!) {
    workspace(id: $id) {
      id
      airtableConnections {
        id
        availableBases {
          id
          name
          permissionLevel
          synced
        }
      }
    }
  }
`;

export const CONNECT_AIRTABLE: TypedDocumentNode<
  { connectAirtable: Connection & { availableBases: AvailableBase[] } },
  { workspaceId: string; name: string; token: string }
> = gql`
  mutation ConnectAirtable($workspaceId: ID!, $name: String!, $token: String!) {
    connectAirtable(input: { workspaceId: $workspaceId, name: $name, token: $token }) {
      id name tokenHint createdAt
      bases { id name sync { ${SYNC_FIELDS} } }
      availableBases { id name permissionLevel synced }
    }
  }
`;

export const SYNC_BASE: TypedDocumentNode<
  { syncBase: { id: string; name: string; sync: SyncStatus } },
  { connectionId: string; baseId: string }
> = gql`
  mutation SyncBase($connectionId: ID!, $baseId: ID!) {
    syncBase(input: { connectionId: $connectionId, baseId: $baseId }) { id name sync { ${SYNC_FIELDS} } }
  }
`;

export const RESYNC_BASE: TypedDocumentNode<
  { resyncBase: { id: string; sync: SyncStatus } },
  { id: string }
> = gql`
  mutation ResyncBase($id: ID!) {
    resyncBase(id: $id) { id sync { ${SYNC_FIELDS} } }
  }
`;

export const REMOVE_CONNECTION: TypedDocumentNode<{ removeConnection: boolean }, { id: string }> =
  gql`
    mutation RemoveConnection($id: ID!) {
      removeConnection(id: $id)
    }
  `;

export const SYNC_PROGRESS: TypedDocumentNode<{ syncProgress: SyncStatus }, { baseId: string }> =
  gql`
  subscription SyncProgress($baseId: ID!) {
    syncProgress(baseId: $baseId) { ${SYNC_FIELDS} }
  }
`;

export interface FieldMeta {
  id: string;
  name: string;
  type: string;
  description: string | null;
  options: Record<string, unknown> | null;
}
export interface ViewMeta {
  id: string;
  name: string;
  type: string;
}
export interface TableMeta {
  id: string;
  name: string;
  description: string | null;
  recordCount: number;
  primaryField: { id: string; name: string };
  fields: FieldMeta[];
  views: ViewMeta[];
}

export const BASE_SCHEMA: TypedDocumentNode<
  { base: { id: string; name: string; tables: TableMeta[] } | null },
  { id: string }
> = gql`
  query BaseSchema($id: ID!) {
    base(id: $id) {
      id
      name
      tables {
        id
        name
        description
        recordCount
        primaryField {
          id
          name
        }
        fields {
          id
          name
          type
          description
          options
        }
        views {
          id
          name
          type
        }
      }
    }
  }
`;

export const TABLE_SCHEMA_CHANGED: TypedDocumentNode<
  { tableSchemaChanged: { tableId: string } },
  { baseId: string }
> = gql`
  subscription TableSchemaChanged($baseId: ID!) {
    tableSchemaChanged(baseId: $baseId) {
      tableId
    }
  }
`;
