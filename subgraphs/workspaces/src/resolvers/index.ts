import { DateTime } from '@pyairtable/subgraph-kit';
import { Member, User, Workspace } from './entities.ts';
import { Mutation } from './mutation.ts';
import { Query } from './query.ts';

export const resolvers = { DateTime, Query, Mutation, Workspace, Member, User };
