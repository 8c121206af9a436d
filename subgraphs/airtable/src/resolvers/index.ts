import { AdminBase, AdminOverview, AdminWorkspace } from './admin.ts';
import { AirtableConnection, Base, scalars, Table, Workspace } from './entities.ts';
import { Mutation } from './mutation.ts';
import { Query } from './query.ts';
import { Cell, LinkCell, Record } from './records.ts';

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
  AdminWorkspace,
  AdminBase,
  AdminOverview,
};
