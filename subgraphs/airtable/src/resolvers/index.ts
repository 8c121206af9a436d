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
import { AnalysisQuery } from './analysis.ts';
import { Mutation } from './mutation.ts';
import { Query } from './query.ts';
import { SchemaMutation } from './schema-mutations.ts';

export const resolvers = {
  ...scalars,
  Query: { ...Query, ...AnalysisQuery },
  Mutation: { ...Mutation, ...SchemaMutation },
  Workspace,
  AirtableConnection,
  Base,
  Table,
  Record,
  Cell,
  LinkCell,
};
