import { graphql } from './generated/gql.ts';
import type {
  WebhookDeliveryFieldsFragment,
  WebhookDeliveryStatus,
  WebhookEndpointFieldsFragment,
} from './generated/graphql.ts';

export type WebhookEndpoint = WebhookEndpointFieldsFragment;
export type WebhookDelivery = WebhookDeliveryFieldsFragment;
export type { WebhookDeliveryStatus };

export const WEBHOOK_ENDPOINT_FIELDS = graphql(`
  fragment WebhookEndpointFields on WebhookEndpoint {
    id
    url
    description
    eventTypes
    enabled
    disabledReason
    rateLimitPerSecond
    batchSize
    failingSince
    lastSuccessAt
    pendingCount
    deadCount
    createdAt
    filter {
      baseId
      tableId
      changedFields
      formula
    }
    secrets {
      id
      hint
      createdAt
      expiresAt
    }
  }
`);

export const WEBHOOK_DELIVERY_FIELDS = graphql(`
  fragment WebhookDeliveryFields on WebhookDelivery {
    id
    messageId
    eventType
    status
    attempts
    nextAttemptAt
    lastStatusCode
    lastError
    createdAt
    completedAt
    payload
    attemptLog {
      attemptedAt
      statusCode
      latencyMs
      responseBody
      error
    }
  }
`);

export const WEBHOOKS_PAGE = graphql(`
  query WebhooksPage($workspaceId: ID!) {
    webhookEventTypes {
      name
      description
    }
    webhookEndpoints(workspaceId: $workspaceId) {
      ...WebhookEndpointFields
    }
  }
`);

export const WEBHOOK_DELIVERIES = graphql(`
  query WebhookDeliveries($endpointId: ID!, $after: String, $status: WebhookDeliveryStatus) {
    webhookDeliveries(endpointId: $endpointId, first: 20, after: $after, status: $status) {
      edges {
        node {
          ...WebhookDeliveryFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CREATE_WEBHOOK_ENDPOINT = graphql(`
  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      secret
      endpoint {
        ...WebhookEndpointFields
      }
    }
  }
`);

export const UPDATE_WEBHOOK_ENDPOINT = graphql(`
  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {
    updateWebhookEndpoint(input: $input) {
      ...WebhookEndpointFields
    }
  }
`);

export const DELETE_WEBHOOK_ENDPOINT = graphql(`
  mutation DeleteWebhookEndpoint($id: ID!) {
    deleteWebhookEndpoint(id: $id)
  }
`);

export const ROTATE_WEBHOOK_SECRET = graphql(`
  mutation RotateWebhookSecret($id: ID!, $overlapHours: Int) {
    rotateWebhookSecret(input: { id: $id, overlapHours: $overlapHours }) {
      secret
      endpoint {
        ...WebhookEndpointFields
      }
    }
  }
`);

export const TEST_WEBHOOK_ENDPOINT = graphql(`
  mutation TestWebhookEndpoint($id: ID!) {
    testWebhookEndpoint(id: $id) {
      ...WebhookDeliveryFields
    }
  }
`);

export const REPLAY_WEBHOOK_DELIVERY = graphql(`
  mutation ReplayWebhookDelivery($id: ID!) {
    replayWebhookDelivery(id: $id) {
      ...WebhookDeliveryFields
    }
  }
`);

export const REPLAY_DEAD_WEBHOOK_DELIVERIES = graphql(`
  mutation ReplayDeadWebhookDeliveries($endpointId: ID!, $since: DateTime!) {
    replayDeadWebhookDeliveries(input: { endpointId: $endpointId, since: $since })
  }
`);
