export const UPDATES = /* GraphQL */ `
  subscription ($c: ID!) {
    conversationUpdated(conversationId: $c) {
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
        promptTokens
        completionTokens
        costUsd
        modelCalls
      }
      message {
        id
        status
        content
        toolCalls {
          name
          status
        }
      }
    }
  }
`;

export const SEND = /* GraphQL */ `
  mutation ($i: SendMessageInput!) {
    sendMessage(input: $i) {
      conversation {
        id
        title
      }
      userMessage {
        id
        role
        content
      }
      assistantMessage {
        id
        role
        status
        content
        error
        warnings
        model
        usage {
          promptTokens
          completionTokens
          totalTokens
          costUsd
          modelCalls
        }
        toolCalls {
          id
          name
          arguments
          status
          result
          error
          errorCode
          summary
          recordCount
        }
      }
    }
  }
`;
