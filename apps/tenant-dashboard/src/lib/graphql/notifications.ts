import { graphql } from './generated/gql.ts';
import type { NotificationFieldsFragment, NotificationKind } from './generated/graphql.ts';

export type NotificationItem = NotificationFieldsFragment;
export type { NotificationKind };

export const NOTIFICATION_FIELDS = graphql(`
  fragment NotificationFields on Notification {
    id
    kind
    title
    body
    url
    createdAt
    readAt
  }
`);

export const NOTIFICATIONS = graphql(`
  query Notifications($first: Int, $unreadOnly: Boolean) {
    notifications(first: $first, unreadOnly: $unreadOnly) {
      unreadCount
      edges {
        node {
          ...NotificationFields
        }
      }
    }
  }
`);

// Fields inline: the gateway resolves a subscription's own fields, not fragment spreads.
export const NOTIFICATION_ADDED = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      id
      kind
      title
      body
      url
      createdAt
      readAt
    }
  }
`);

export const MARK_NOTIFICATIONS_READ = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);

export const NOTIFICATION_PREFERENCES = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      kind
      inApp
      email
      digest
    }
  }
`);

export const UPDATE_NOTIFICATION_PREFERENCE = graphql(`
  mutation UpdateNotificationPreference($input: UpdateNotificationPreferenceInput!) {
    updateNotificationPreference(input: $input) {
      kind
      inApp
      email
      digest
    }
  }
`);

export const UNSUBSCRIBE = graphql(`
  mutation UnsubscribeNotifications($token: String!) {
    unsubscribeNotifications(token: $token) {
      email
      kind
    }
  }
`);

export const KIND_LABELS: Record<NotificationKind, string> = {
  MENTION: 'Mentions in comments',
  ASSIGNMENT: 'Records assigned to you',
  INVITATION: 'Invitations',
  SYNC_FAILED: 'Failed syncs (admins)',
  WEBHOOK_DISABLED: 'Disabled webhooks (admins)',
  BUDGET_WARNING: 'Assistant budget at 80 %',
  BUDGET_EXCEEDED: 'Assistant budget used up',
  WORKFLOW_FAILED: 'Failed runs of your automations',
  WORKFLOW_MESSAGE: 'Messages from automations',
};
