import type { WorkflowRunUpdatedEvent } from '@pyairtable/events';
import { notFound } from '@pyairtable/subgraph-kit';
import { print } from 'graphql';
import { eventStream, mapEvents } from './event-stream.ts';
import type { SubscriptionField } from './subscription-field.ts';

/**
 * `workflowRunUpdated(workflowId)`: a workflow's runs as they start, move and finish, for
 * members of its workspace; each update's selection is resolved through the gateway as the
 * subscriber (so one who lost access gets nothing more).
 */
export const subscribeWorkflowRunUpdated: SubscriptionField = async (deps, request) => {
  const { runner, bus, metrics } = deps;
  const { args, context, responseKey, selectionSet, fragments } = request;
  const workflowId = String(args.workflowId);
  const checked = await runner.run(
    context,
    'query ($w: ID!) { workflow(id: $w) { workspaceId } }',
    {
      w: workflowId,
    },
  );
  const workflow = checked.workflow as { workspaceId: string } | null;
  if (!workflow) throw notFound('Workflow', workflowId);
  const release = deps.acquire(workflow.workspaceId);
  const events = eventStream<WorkflowRunUpdatedEvent>(
    bus,
    { types: ['workflow.runUpdated'] },
    (event) => event.workflowId === workflowId,
  );
  // Fragment spreads are kept: the operation's fragments go with the query.
  const selection = `{ ${selectionSet.length ? selectionSet.map((s) => print(s)).join(' ') : 'id'} }`;
  return mapEvents<WorkflowRunUpdatedEvent, Record<string, unknown>>(
    events,
    async (event) => {
      const data = await runner.run(
        context,
        `query ($r: ID!) { workflowRun(id: $r) ${selection} }\n${fragments}`,
        { r: event.runId },
      );
      if (!data.workflowRun) return undefined;
      metrics.deliveries.inc();
      return { [responseKey]: data.workflowRun };
    },
    (error) => ({ [responseKey]: error }),
    release,
  );
};
