import { graphql } from './generated/gql.ts';
import type { AuditEntryFieldsFragment, AuditLogFilter } from './generated/graphql.ts';

export type AuditEntry = AuditEntryFieldsFragment;
export type { AuditLogFilter };

export const AUDIT_ENTRY_FIELDS = graphql(`
  fragment AuditEntryFields on AuditEntry {
    id
    at
    path
    operation
    outcome
    errorCode
    actor {
      id
      kind
    }
    target
    requestId
    ip
    userAgent
  }
`);

export const AUDIT_LOG = graphql(`
  query AuditLog($workspaceId: ID!, $filter: AuditLogFilter, $after: String) {
    auditLog(workspaceId: $workspaceId, filter: $filter, first: 50, after: $after) {
      totalCount
      edges {
        node {
          ...AuditEntryFields
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const VERIFY_AUDIT_LOG = graphql(`
  query VerifyAuditLog($workspaceId: ID!) {
    verifyAuditLog(workspaceId: $workspaceId) {
      ok
      checkedEntries
      firstBrokenEntryId
      reason
    }
  }
`);
