import { DateTime } from '@pyairtable/subgraph-kit';
import { adminMutations, adminQueries, AdminOverview, AdminWorkspace } from './admin.ts';
import { Member, User, Workspace } from './entities.ts';
import { Mutation } from './mutation.ts';
import { Query } from './query.ts';

export const resolvers = {
  DateTime,
  Query: { ...Query, ...adminQueries },
  Mutation: { ...Mutation, ...adminMutations },
  Workspace,
  Member,
  User,
  AdminWorkspace,
  AdminOverview,
};
