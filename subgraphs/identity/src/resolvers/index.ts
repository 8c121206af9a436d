import { DateTime } from '@pyairtable/subgraph-kit';
import { adminMutations, adminQueries, AdminOverview, AdminUser } from './admin.ts';
import { Mutation } from './mutation.ts';
import { Query } from './query.ts';
import { User } from './user.ts';

export const resolvers = {
  DateTime,
  Query: { ...Query, ...adminQueries },
  Mutation: { ...Mutation, ...adminMutations },
  User,
  AdminUser,
  AdminOverview,
};
