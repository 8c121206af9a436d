import {
  AirtableConnection,
  Base,
  Cell,
  LinkCell,
  Record,
  scalars,
  Table,
  Workspace,
} from './entities.ts';
import { Mutation } from './mutation.ts';
import { Query } from './query.ts';

export const resolvers = {
  ...scalars,
  Query,
  Mutation,
  Workspace,
  AirtableConnection,
  Base,
  Table,
  Record,
  Cell,
  LinkCell,
};
