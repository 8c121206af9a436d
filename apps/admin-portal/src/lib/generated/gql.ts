/* eslint-disable */
import * as types from './graphql.ts';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  query PortalMe {\n    me {\n      id\n      email\n      name\n      platformRole\n    }\n  }\n': typeof types.PortalMeDocument;
  '\n  query Overview {\n    adminOverview {\n      tenants\n      suspendedTenants\n      users\n      disabledUsers\n      bases\n      basesSynced\n    }\n    adminSystemHealth {\n      ready\n    }\n  }\n': typeof types.OverviewDocument;
  '\n  query Tenants($search: String, $after: String) {\n    adminWorkspaces(search: $search, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          createdAt\n          suspendedAt\n          memberCount\n        }\n      }\n    }\n  }\n': typeof types.TenantsDocument;
  '\n  query Tenant($id: ID!) {\n    adminWorkspace(id: $id) {\n      id\n      name\n      createdAt\n      suspendedAt\n      memberCount\n      members {\n        role\n        joinedAt\n        user {\n          id\n          email\n          name\n        }\n      }\n      bases {\n        id\n        name\n        sync {\n          state\n          recordsDone\n          lastSyncedAt\n          error\n        }\n      }\n    }\n  }\n': typeof types.TenantDocument;
  '\n  mutation SuspendTenant($id: ID!) {\n    adminSuspendWorkspace(id: $id) {\n      id\n      suspendedAt\n    }\n  }\n': typeof types.SuspendTenantDocument;
  '\n  mutation RestoreTenant($id: ID!) {\n    adminRestoreWorkspace(id: $id) {\n      id\n      suspendedAt\n    }\n  }\n': typeof types.RestoreTenantDocument;
  '\n  query Users($search: String, $after: String) {\n    adminUsers(search: $search, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          email\n          name\n          createdAt\n          disabledAt\n          platformRole\n        }\n      }\n    }\n  }\n': typeof types.UsersDocument;
  '\n  query PortalUser($id: ID!) {\n    adminUser(id: $id) {\n      id\n      email\n      name\n      createdAt\n      disabledAt\n      platformRole\n      activeSessions\n      activeApiKeys\n    }\n    adminWorkspaces(memberId: $id, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          suspendedAt\n          members {\n            role\n            user {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.PortalUserDocument;
  '\n  mutation DisableUser($id: ID!) {\n    adminDisableUser(id: $id) {\n      id\n      disabledAt\n      activeSessions\n    }\n  }\n': typeof types.DisableUserDocument;
  '\n  mutation EnableUser($id: ID!) {\n    adminEnableUser(id: $id) {\n      id\n      disabledAt\n    }\n  }\n': typeof types.EnableUserDocument;
  '\n  mutation SignOutUser($id: ID!) {\n    adminSignOutUser(id: $id) {\n      id\n      activeSessions\n    }\n  }\n': typeof types.SignOutUserDocument;
  '\n  query Health {\n    adminSystemHealth {\n      ready\n      checkedAt\n      services {\n        name\n        ready\n      }\n    }\n  }\n': typeof types.HealthDocument;
  '\n  query Flags($workspaceId: ID) {\n    adminFeatureFlags(workspaceId: $workspaceId) {\n      key\n      description\n      defaultEnabled\n      globalEnabled\n      workspaceEnabled\n      enabled\n    }\n  }\n': typeof types.FlagsDocument;
  '\n  mutation SetFlag($input: SetFeatureFlagInput!) {\n    adminSetFeatureFlag(input: $input) {\n      key\n      enabled\n    }\n  }\n': typeof types.SetFlagDocument;
};
const documents: Documents = {
  '\n  query PortalMe {\n    me {\n      id\n      email\n      name\n      platformRole\n    }\n  }\n':
    types.PortalMeDocument,
  '\n  query Overview {\n    adminOverview {\n      tenants\n      suspendedTenants\n      users\n      disabledUsers\n      bases\n      basesSynced\n    }\n    adminSystemHealth {\n      ready\n    }\n  }\n':
    types.OverviewDocument,
  '\n  query Tenants($search: String, $after: String) {\n    adminWorkspaces(search: $search, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          createdAt\n          suspendedAt\n          memberCount\n        }\n      }\n    }\n  }\n':
    types.TenantsDocument,
  '\n  query Tenant($id: ID!) {\n    adminWorkspace(id: $id) {\n      id\n      name\n      createdAt\n      suspendedAt\n      memberCount\n      members {\n        role\n        joinedAt\n        user {\n          id\n          email\n          name\n        }\n      }\n      bases {\n        id\n        name\n        sync {\n          state\n          recordsDone\n          lastSyncedAt\n          error\n        }\n      }\n    }\n  }\n':
    types.TenantDocument,
  '\n  mutation SuspendTenant($id: ID!) {\n    adminSuspendWorkspace(id: $id) {\n      id\n      suspendedAt\n    }\n  }\n':
    types.SuspendTenantDocument,
  '\n  mutation RestoreTenant($id: ID!) {\n    adminRestoreWorkspace(id: $id) {\n      id\n      suspendedAt\n    }\n  }\n':
    types.RestoreTenantDocument,
  '\n  query Users($search: String, $after: String) {\n    adminUsers(search: $search, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          email\n          name\n          createdAt\n          disabledAt\n          platformRole\n        }\n      }\n    }\n  }\n':
    types.UsersDocument,
  '\n  query PortalUser($id: ID!) {\n    adminUser(id: $id) {\n      id\n      email\n      name\n      createdAt\n      disabledAt\n      platformRole\n      activeSessions\n      activeApiKeys\n    }\n    adminWorkspaces(memberId: $id, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          suspendedAt\n          members {\n            role\n            user {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.PortalUserDocument,
  '\n  mutation DisableUser($id: ID!) {\n    adminDisableUser(id: $id) {\n      id\n      disabledAt\n      activeSessions\n    }\n  }\n':
    types.DisableUserDocument,
  '\n  mutation EnableUser($id: ID!) {\n    adminEnableUser(id: $id) {\n      id\n      disabledAt\n    }\n  }\n':
    types.EnableUserDocument,
  '\n  mutation SignOutUser($id: ID!) {\n    adminSignOutUser(id: $id) {\n      id\n      activeSessions\n    }\n  }\n':
    types.SignOutUserDocument,
  '\n  query Health {\n    adminSystemHealth {\n      ready\n      checkedAt\n      services {\n        name\n        ready\n      }\n    }\n  }\n':
    types.HealthDocument,
  '\n  query Flags($workspaceId: ID) {\n    adminFeatureFlags(workspaceId: $workspaceId) {\n      key\n      description\n      defaultEnabled\n      globalEnabled\n      workspaceEnabled\n      enabled\n    }\n  }\n':
    types.FlagsDocument,
  '\n  mutation SetFlag($input: SetFeatureFlagInput!) {\n    adminSetFeatureFlag(input: $input) {\n      key\n      enabled\n    }\n  }\n':
    types.SetFlagDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PortalMe {\n    me {\n      id\n      email\n      name\n      platformRole\n    }\n  }\n',
): (typeof documents)['\n  query PortalMe {\n    me {\n      id\n      email\n      name\n      platformRole\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Overview {\n    adminOverview {\n      tenants\n      suspendedTenants\n      users\n      disabledUsers\n      bases\n      basesSynced\n    }\n    adminSystemHealth {\n      ready\n    }\n  }\n',
): (typeof documents)['\n  query Overview {\n    adminOverview {\n      tenants\n      suspendedTenants\n      users\n      disabledUsers\n      bases\n      basesSynced\n    }\n    adminSystemHealth {\n      ready\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Tenants($search: String, $after: String) {\n    adminWorkspaces(search: $search, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          createdAt\n          suspendedAt\n          memberCount\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Tenants($search: String, $after: String) {\n    adminWorkspaces(search: $search, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          createdAt\n          suspendedAt\n          memberCount\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Tenant($id: ID!) {\n    adminWorkspace(id: $id) {\n      id\n      name\n      createdAt\n      suspendedAt\n      memberCount\n      members {\n        role\n        joinedAt\n        user {\n          id\n          email\n          name\n        }\n      }\n      bases {\n        id\n        name\n        sync {\n          state\n          recordsDone\n          lastSyncedAt\n          error\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Tenant($id: ID!) {\n    adminWorkspace(id: $id) {\n      id\n      name\n      createdAt\n      suspendedAt\n      memberCount\n      members {\n        role\n        joinedAt\n        user {\n          id\n          email\n          name\n        }\n      }\n      bases {\n        id\n        name\n        sync {\n          state\n          recordsDone\n          lastSyncedAt\n          error\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SuspendTenant($id: ID!) {\n    adminSuspendWorkspace(id: $id) {\n      id\n      suspendedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation SuspendTenant($id: ID!) {\n    adminSuspendWorkspace(id: $id) {\n      id\n      suspendedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RestoreTenant($id: ID!) {\n    adminRestoreWorkspace(id: $id) {\n      id\n      suspendedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation RestoreTenant($id: ID!) {\n    adminRestoreWorkspace(id: $id) {\n      id\n      suspendedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Users($search: String, $after: String) {\n    adminUsers(search: $search, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          email\n          name\n          createdAt\n          disabledAt\n          platformRole\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Users($search: String, $after: String) {\n    adminUsers(search: $search, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          email\n          name\n          createdAt\n          disabledAt\n          platformRole\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PortalUser($id: ID!) {\n    adminUser(id: $id) {\n      id\n      email\n      name\n      createdAt\n      disabledAt\n      platformRole\n      activeSessions\n      activeApiKeys\n    }\n    adminWorkspaces(memberId: $id, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          suspendedAt\n          members {\n            role\n            user {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PortalUser($id: ID!) {\n    adminUser(id: $id) {\n      id\n      email\n      name\n      createdAt\n      disabledAt\n      platformRole\n      activeSessions\n      activeApiKeys\n    }\n    adminWorkspaces(memberId: $id, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          suspendedAt\n          members {\n            role\n            user {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DisableUser($id: ID!) {\n    adminDisableUser(id: $id) {\n      id\n      disabledAt\n      activeSessions\n    }\n  }\n',
): (typeof documents)['\n  mutation DisableUser($id: ID!) {\n    adminDisableUser(id: $id) {\n      id\n      disabledAt\n      activeSessions\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EnableUser($id: ID!) {\n    adminEnableUser(id: $id) {\n      id\n      disabledAt\n    }\n  }\n',
): (typeof documents)['\n  mutation EnableUser($id: ID!) {\n    adminEnableUser(id: $id) {\n      id\n      disabledAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignOutUser($id: ID!) {\n    adminSignOutUser(id: $id) {\n      id\n      activeSessions\n    }\n  }\n',
): (typeof documents)['\n  mutation SignOutUser($id: ID!) {\n    adminSignOutUser(id: $id) {\n      id\n      activeSessions\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Health {\n    adminSystemHealth {\n      ready\n      checkedAt\n      services {\n        name\n        ready\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Health {\n    adminSystemHealth {\n      ready\n      checkedAt\n      services {\n        name\n        ready\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Flags($workspaceId: ID) {\n    adminFeatureFlags(workspaceId: $workspaceId) {\n      key\n      description\n      defaultEnabled\n      globalEnabled\n      workspaceEnabled\n      enabled\n    }\n  }\n',
): (typeof documents)['\n  query Flags($workspaceId: ID) {\n    adminFeatureFlags(workspaceId: $workspaceId) {\n      key\n      description\n      defaultEnabled\n      globalEnabled\n      workspaceEnabled\n      enabled\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetFlag($input: SetFeatureFlagInput!) {\n    adminSetFeatureFlag(input: $input) {\n      key\n      enabled\n    }\n  }\n',
): (typeof documents)['\n  mutation SetFlag($input: SetFeatureFlagInput!) {\n    adminSetFeatureFlag(input: $input) {\n      key\n      enabled\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
