import { Conversation, Message, scalars, ToolCall } from './entities.ts';
import { Mutation } from './mutation.ts';
import { Query } from './query.ts';

export const resolvers = { ...scalars, Query, Mutation, Conversation, Message, ToolCall };
