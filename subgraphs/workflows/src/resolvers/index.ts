import { Mutation } from './mutation.ts';
import { Query } from './query.ts';
import { scalars, Workflow, WorkflowRun, WorkflowStepRun } from './entities.ts';

export const resolvers = {
  ...scalars,
  Query,
  Mutation,
  Workflow,
  WorkflowRun,
  WorkflowStepRun,
};
