import type { ConversationUpdatedEvent } from '@pyairtable/events';
import { notFound } from '@pyairtable/subgraph-kit';
import { Kind, print, type FieldNode } from 'graphql';
import { eventStream, mapEvents } from './event-stream.ts';
import type { SubscriptionField } from './subscription-field.ts';
import { shapeSelection } from './through-gateway.ts';

const CHECK = 'query ($c: ID!) { conversation(id: $c) { workspaceId } }';

function fieldsOf(field: FieldNode): FieldNode[] {
  return (field.selectionSet?.selections ?? []).filter(
    (s): s is FieldNode => s.kind === Kind.FIELD,
  );
}

/** A plain value shaped to a selection: objects and lists of objects keyed by response keys. */
async function shapeValue(field: FieldNode, value: unknown): Promise<unknown> {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return Promise.all(value.map((item) => shapeValue(field, item)));
  if (typeof value !== 'object') return value;
  return shapeSelection(fieldsOf(field), value as Record<string, unknown>, shapeValue);
}

/**
 * `conversationUpdated(conversationId)`: the assistant's stream, for the conversation's owner
 * while they are a member of its workspace. Events carry the update itself (tokens, tool-call progress, usage); the finished
 * `message` is read through the gateway.
 */
export const subscribeConversationUpdated: SubscriptionField = async (deps, request) => {
  const { runner, bus, metrics } = deps;
  const { args, context, responseKey, selections, fragments } = request;
  const conversationId = String(args.conversationId);
  const userId = context.credentials!.userId;
  const checked = await runner.check(context, CHECK, { c: conversationId });
  const conversation = checked.conversation as { workspaceId: string } | null;
  if (!conversation) throw notFound('Conversation', conversationId);
  let access = await runner.access(context, conversation.workspaceId);
  const release = deps.acquire(access.workspaceId);
  const events = eventStream<ConversationUpdatedEvent>(
    bus,
    { types: ['conversation.updated'] },
    (event) => event.conversationId === conversationId && event.userId === userId,
  );
  return mapEvents<ConversationUpdatedEvent, Record<string, unknown>>(
    events,
    async (event) => {
      access = await runner.access(context, access.workspaceId);
      const update: Record<string, unknown> = {
        __typename: 'ConversationUpdate',
        ...event.update,
        conversationId,
      };
      const result = await shapeSelection(selections, update, async (field, value) => {
        if (field.name.value !== 'message') return shapeValue(field, value);
        if (typeof update.messageId !== 'string') return null;
        const data = await runner.run(
          context,
          `query ($id: ID!) { conversationMessage(id: $id) ${print(field.selectionSet!)} }\n${fragments}`,
          { id: update.messageId },
        );
        return data.conversationMessage;
      });
      metrics.deliveries.inc();
      return { [responseKey]: result };
    },
    (error) => ({ [responseKey]: error }),
    release,
  );
};
