'use client';
import { useApolloClient, useSubscription } from '@apollo/client/react';
import { useRef } from 'react';
import { WORKFLOW_RUN_UPDATED } from '../../lib/graphql/workflows.ts';

/**
 * Follows a workflow's runs as they start, move from step to step and finish. Each update lands
 * in the cache by the run's id, so lists and details change in place; a run not seen before
 * reloads the run history and the workflow (its last run).
 */
export function useLiveRuns(workflowId: string): { error: unknown } {
  const client = useApolloClient();
  const seen = useRef(new Set<string>());
  const { error } = useSubscription(WORKFLOW_RUN_UPDATED, {
    variables: { workflowId },
    onData: ({ data }) => {
      const run = data.data?.workflowRunUpdated;
      if (!run || seen.current.has(run.id)) return;
      seen.current.add(run.id);
      void client.refetchQueries({ include: ['WorkflowRuns', 'Workflow'] });
    },
  });
  return { error };
}
