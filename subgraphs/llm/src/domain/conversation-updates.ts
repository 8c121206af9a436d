import { createEvent, type EventBus } from '@pyairtable/events';
import type { Logger } from '@pyairtable/subgraph-kit';

export type UpdateKind =
  | 'MESSAGE_STARTED'
  | 'TOKEN'
  | 'TOOL_CALL_STARTED'
  | 'TOOL_CALL_FINISHED'
  | 'BUDGET_WARNING'
  | 'MESSAGE_COMPLETED'
  | 'FAILED';

export interface ToolCallProgress {
  id: string;
  name: string;
  status: 'RUNNING' | 'SUCCEEDED' | 'FAILED';
  arguments?: string | null;
  summary?: string | null;
  recordCount?: number | null;
  error?: string | null;
}

export interface UsageFields {
  promptTokens: number;
  completionTokens: number;
  totalTokens: number;
  costUsd: number;
  modelCalls: number;
}

/** The ConversationUpdate fields an event carries (all but `message`, which the gateway reads). */
export interface UpdateFields {
  kind: UpdateKind;
  delta?: string;
  toolCall?: ToolCallProgress;
  usage?: UsageFields;
  warning?: string;
  error?: string;
}

// Events travel through PostgreSQL NOTIFY (< 8000 bytes): long texts are cut or split.
const MAX_DELTA_CHARS = 1_000;
const MAX_ARGUMENTS_CHARS = 500;
const MAX_TEXT_CHARS = 1_000;

function cut<T extends string | null | undefined>(text: T, max: number): T {
  return (text == null || text.length <= max ? text : `${text.slice(0, max - 1)}…`) as T;
}

/**
 * Publishes the stream of one answer, in order, numbering each update. Publishing never holds
 * up the answer: updates queue behind each other, and `flush` waits for the queue.
 */
export function createUpdatePublisher(options: {
  events: EventBus;
  logger: Logger;
  clock: () => Date;
  workspaceId: string;
  userId: string;
  conversationId: string;
  messageId: string;
}) {
  let sequence = 0;
  let queue = Promise.resolve();

  function send(fields: UpdateFields) {
    const update = {
      conversationId: options.conversationId,
      messageId: options.messageId,
      sequence: ++sequence,
      ...fields,
    };
    const event = createEvent(
      'conversation.updated',
      {
        workspaceId: options.workspaceId,
        userId: options.userId,
        conversationId: options.conversationId,
        update,
      },
      options.clock,
    );
    queue = queue.then(() =>
      options.events.publish(event).catch((error: unknown) => {
        // The answer is stored whatever happens to its stream; a lost update only costs liveness.
        options.logger.warn(
          { err: error, messageId: options.messageId, sequence: update.sequence },
          'conversation update not published',
        );
      }),
    );
  }

  return {
    publish(fields: UpdateFields) {
      if (fields.kind === 'TOKEN' && fields.delta && fields.delta.length > MAX_DELTA_CHARS) {
        for (let i = 0; i < fields.delta.length; i += MAX_DELTA_CHARS)
          send({ kind: 'TOKEN', delta: fields.delta.slice(i, i + MAX_DELTA_CHARS) });
        return;
      }
      send({
        ...fields,
        ...(fields.toolCall
          ? {
              toolCall: {
                ...fields.toolCall,
                arguments: cut(fields.toolCall.arguments, MAX_ARGUMENTS_CHARS),
                summary: cut(fields.toolCall.summary, MAX_TEXT_CHARS),
                error: cut(fields.toolCall.error, MAX_TEXT_CHARS),
              },
            }
          : {}),
        ...(fields.error ? { error: cut(fields.error, MAX_TEXT_CHARS) } : {}),
        ...(fields.warning ? { warning: cut(fields.warning, MAX_TEXT_CHARS) } : {}),
      });
    },
    /** Resolves once every update so far has been handed to the bus. */
    flush: () => queue,
  };
}

export type UpdatePublisher = ReturnType<typeof createUpdatePublisher>;
