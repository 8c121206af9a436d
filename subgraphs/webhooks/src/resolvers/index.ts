import { Mutation } from './mutation.ts';
import { Query } from './query.ts';
import { scalars, WebhookDelivery, WebhookEndpoint, Workspace } from './entities.ts';

export const resolvers = {
  ...scalars,
  Query,
  Mutation,
  WebhookEndpoint,
  WebhookDelivery,
  Workspace,
};
