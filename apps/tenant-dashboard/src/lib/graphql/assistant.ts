import { gql, type TypedDocumentNode } from '@apollo/client';

export type ToolCallStatus = 'RUNNING' | 'SUCCEEDED' | 'FAILED';
export interface Usage {
  promptTokens: number;
  completionTokens: number;
  totalTokens: number;
  costUsd: number;
  modelCalls: number;
}
export interface ToolCall {
  id: string;
  name: string;
  /** JSON text (from the stream) or a parsed object (from a query). */
  arguments: unknown;
  status: ToolCallStatus;
  summary: string | null;
  recordCount: number | null;
  error: string | null;
}
export interface Message {
  id: string;
  role: 'USER' | 'ASSISTANT';
  content: string;
  status: 'STREAMING' | 'COMPLETED' | 'FAILED';
  error: string | null;
  model: string | null;
  toolCalls: ToolCall[];
  usage: Usage | null;
  warnings: string[];
  createdAt: string;
}
export interface ConversationSummary {
  id: string;
  title: string;
  updatedAt: string;
  answering: boolean;
  usage: Usage;
}
export interface Conversation extends ConversationSummary {
  messages: Message[];
}

const USAGE = 'promptTokens completionTokens totalTokens costUsd modelCalls';
const MESSAGE = `id role content status error model warnings createdAt
  toolCalls { id name arguments status summary recordCount error }
  usage { ${USAGE} }`;

export const ASSISTANT_STATUS: TypedDocumentNode<{
  assistantStatus: { configured: boolean; model: string | null; message: string | null };
}> = gql`
  query AssistantStatus {
    assistantStatus {
      configured
      model
      message
    }
  }
`;

export const CONVERSATIONS: TypedDocumentNode<
  { conversations: (ConversationSummary & { messages: { id: string }[] })[] },
  { workspaceId: string }
> = gql`
  query Conversations($workspaceId: ID!) {
    conversations(workspaceId: $workspaceId, first: 30) {
      id title updatedAt answering usage { ${USAGE} } messages(last: 1) { id }
    }
  }
`;

export const CONVERSATION: TypedDocumentNode<
  { conversation: Conversation | null },
  { id: string }
> = gql`
  query Conversation($id: ID!) {
    conversation(id: $id) {
      id title updatedAt answering usage { ${USAGE} }
      messages(last: 100) { ${MESSAGE} }
    }
  }
`;

export const START_CONVERSATION: TypedDocumentNode<
  { startConversation: ConversationSummary },
  { workspaceId: string }
> = gql`
  mutation StartConversation($workspaceId: ID!) {
    startConversation(input: { workspaceId: $workspaceId }) { id title updatedAt answering usage { ${USAGE} } }
  }
`;

export const SEND_MESSAGE: TypedDocumentNode<
  {
    sendMessage: {
      userMessage: Message;
      assistantMessage: Message;
      conversation: ConversationSummary;
    };
  },
  { conversationId: string; workspaceId: string; content: string }
> = gql`
  mutation SendMessage($conversationId: ID!, $workspaceId: ID!, $content: String!) {
    sendMessage(input: { conversationId: $conversationId, workspaceId: $workspaceId, content: $content }) {
      conversation { id title updatedAt answering usage { ${USAGE} } }
      userMessage { ${MESSAGE} }
      assistantMessage { ${MESSAGE} }
    }
  }
`;

export const STOP_ANSWER: TypedDocumentNode<
  { stopAnswer: { id: string; status: string } },
  { messageId: string }
> = gql`
  mutation StopAnswer($messageId: ID!) {
    stopAnswer(messageId: $messageId) {
      id
      status
    }
  }
`;

export const DELETE_CONVERSATION: TypedDocumentNode<
  { deleteConversation: boolean },
  { id: string }
> = gql`
  mutation DeleteConversation($id: ID!) {
    deleteConversation(id: $id)
  }
`;

export type UpdateKind =
  | 'MESSAGE_STARTED'
  | 'TOKEN'
  | 'TOOL_CALL_STARTED'
  | 'TOOL_CALL_FINISHED'
  | 'BUDGET_WARNING'
  | 'MESSAGE_COMPLETED'
  | 'FAILED';

export interface ConversationUpdate {
  conversationId: string;
  kind: UpdateKind;
  messageId: string | null;
  sequence: number;
  delta: string | null;
  toolCall: {
    id: string;
    name: string;
    status: ToolCallStatus;
    arguments: string | null;
    summary: string | null;
    recordCount: number | null;
    error: string | null;
  } | null;
  usage: Usage | null;
  warning: string | null;
  error: string | null;
}

export const CONVERSATION_UPDATED: TypedDocumentNode<
  { conversationUpdated: ConversationUpdate },
  { conversationId: string }
> = gql`
  subscription ConversationUpdated($conversationId: ID!) {
    conversationUpdated(conversationId: $conversationId) {
      conversationId kind messageId sequence delta warning error
      toolCall { id name status arguments summary recordCount error }
      usage { ${USAGE} }
    }
  }
`;
