import { graphql } from './generated/gql.ts';
import type {
  ConversationUpdatedSubscription,
  MessageFieldsFragment,
  ToolCallFieldsFragment,
  ToolCallStatus,
  UsageFieldsFragment,
} from './generated/graphql.ts';

export type { ToolCallStatus };
export type Usage = UsageFieldsFragment;
/** A tool call; its arguments are JSON text (from the stream) or a parsed object (from a query). */
export type ToolCall = ToolCallFieldsFragment;
export type Message = MessageFieldsFragment;
export type ConversationUpdate = ConversationUpdatedSubscription['conversationUpdated'];

export const USAGE_FIELDS = graphql(`
  fragment UsageFields on Usage {
    promptTokens
    completionTokens
    totalTokens
    costUsd
    modelCalls
  }
`);

export const TOOL_CALL_FIELDS = graphql(`
  fragment ToolCallFields on ToolCall {
    id
    name
    arguments
    status
    summary
    recordCount
    error
  }
`);

export const MESSAGE_FIELDS = graphql(`
  fragment MessageFields on Message {
    id
    role
    content
    status
    error
    model
    warnings
    createdAt
    toolCalls {
      ...ToolCallFields
    }
    usage {
      ...UsageFields
    }
  }
`);

export const CONVERSATION_SUMMARY_FIELDS = graphql(`
  fragment ConversationSummaryFields on Conversation {
    id
    title
    updatedAt
    answering
    usage {
      ...UsageFields
    }
  }
`);

export const ASSISTANT_STATUS = graphql(`
  query AssistantStatus {
    assistantStatus {
      configured
      model
      message
    }
  }
`);

export const CONVERSATIONS = graphql(`
  query Conversations($workspaceId: ID!) {
    conversations(workspaceId: $workspaceId, first: 30) {
      ...ConversationSummaryFields
      messages(last: 1) {
        id
      }
    }
  }
`);

export const CONVERSATION = graphql(`
  query Conversation($id: ID!) {
    conversation(id: $id) {
      ...ConversationSummaryFields
      messages(last: 100) {
        ...MessageFields
      }
    }
  }
`);

export const START_CONVERSATION = graphql(`
  mutation StartConversation($workspaceId: ID!) {
    startConversation(input: { workspaceId: $workspaceId }) {
      ...ConversationSummaryFields
    }
  }
`);

export const SEND_MESSAGE = graphql(`
  mutation SendMessage($conversationId: ID!, $workspaceId: ID!, $content: String!) {
    sendMessage(
      input: { conversationId: $conversationId, workspaceId: $workspaceId, content: $content }
    ) {
      conversation {
        ...ConversationSummaryFields
      }
      userMessage {
        ...MessageFields
      }
      assistantMessage {
        ...MessageFields
      }
    }
  }
`);

export const STOP_ANSWER = graphql(`
  mutation StopAnswer($messageId: ID!) {
    stopAnswer(messageId: $messageId) {
      id
      status
    }
  }
`);

export const DELETE_CONVERSATION = graphql(`
  mutation DeleteConversation($id: ID!) {
    deleteConversation(id: $id)
  }
`);

export const CONVERSATION_UPDATED = graphql(`
  subscription ConversationUpdated($conversationId: ID!) {
    conversationUpdated(conversationId: $conversationId) {
      conversationId
      kind
      messageId
      sequence
      delta
      warning
      error
      toolCall {
        id
        name
        status
        arguments
        summary
        recordCount
        error
      }
      usage {
        ...UsageFields
      }
    }
  }
`);
