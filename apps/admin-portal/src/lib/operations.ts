import { graphql } from './generated/gql.ts';

export const ME = graphql(`
  query PortalMe {
    me {
      id
      email
      name
      platformRole
    }
  }
`);

export const OVERVIEW = graphql(`
  query Overview {
    adminOverview {
      tenants
      suspendedTenants
      users
      disabledUsers
      bases
      basesSynced
    }
    adminSystemHealth {
      ready
    }
  }
`);

export const TENANTS = graphql(`
  query Tenants($search: String, $after: String) {
    adminWorkspaces(search: $search, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          createdAt
          suspendedAt
          memberCount
        }
      }
    }
  }
`);

export const TENANT = graphql(`
  query Tenant($id: ID!) {
    adminWorkspace(id: $id) {
      id
      name
      createdAt
      suspendedAt
      memberCount
      members {
        role
        joinedAt
        user {
          id
          email
          name
        }
      }
      bases {
        id
        name
        sync {
          state
          recordsDone
          lastSyncedAt
          error
        }
      }
    }
  }
`);

export const SUSPEND_TENANT = graphql(`
  mutation SuspendTenant($id: ID!) {
    adminSuspendWorkspace(id: $id) {
      id
      suspendedAt
    }
  }
`);

export const RESTORE_TENANT = graphql(`
  mutation RestoreTenant($id: ID!) {
    adminRestoreWorkspace(id: $id) {
      id
      suspendedAt
    }
  }
`);

export const USERS = graphql(`
  query Users($search: String, $after: String) {
    adminUsers(search: $search, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          email
          name
          createdAt
          disabledAt
          platformRole
        }
      }
    }
  }
`);

export const USER = graphql(`
  query PortalUser($id: ID!) {
    adminUser(id: $id) {
      id
      email
      name
      createdAt
      disabledAt
      platformRole
      activeSessions
      activeApiKeys
    }
    adminWorkspaces(memberId: $id, first: 50) {
      totalCount
      edges {
        node {
          id
          name
          suspendedAt
          members {
            role
            user {
              id
            }
          }
        }
      }
    }
  }
`);

export const DISABLE_USER = graphql(`
  mutation DisableUser($id: ID!) {
    adminDisableUser(id: $id) {
      id
      disabledAt
      activeSessions
    }
  }
`);

export const ENABLE_USER = graphql(`
  mutation EnableUser($id: ID!) {
    adminEnableUser(id: $id) {
      id
      disabledAt
    }
  }
`);

export const SIGN_OUT_USER = graphql(`
  mutation SignOutUser($id: ID!) {
    adminSignOutUser(id: $id) {
      id
      activeSessions
    }
  }
`);

export const HEALTH = graphql(`
  query Health {
    adminSystemHealth {
      ready
      checkedAt
      services {
        name
        ready
      }
    }
  }
`);

export const FLAGS = graphql(`
  query Flags($workspaceId: ID) {
    adminFeatureFlags(workspaceId: $workspaceId) {
      key
      description
      defaultEnabled
      globalEnabled
      workspaceEnabled
      enabled
    }
  }
`);

export const SET_FLAG = graphql(`
  mutation SetFlag($input: SetFeatureFlagInput!) {
    adminSetFeatureFlag(input: $input) {
      key
      enabled
    }
  }
`);
