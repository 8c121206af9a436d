import { DateTime } from '@pyairtable/subgraph-kit';
import { AccessGrant, FieldAccessRule } from './entities.ts';
import { Mutation } from './mutation.ts';
import { Query } from './query.ts';

export const resolvers = { DateTime, Query, Mutation, AccessGrant, FieldAccessRule };
