import type { ImportProgressEvent } from '@pyairtable/events';
import { notFound } from '@pyairtable/subgraph-kit';
import { print } from 'graphql';
import { eventStream, mapEvents } from './event-stream.ts';
import type { SubscriptionField } from './subscription-field.ts';

/**
 * `importProgress(jobId)`: an import job after each chunk it writes, for members of its
 * workspace; each update's selection is resolved through the gateway as the subscriber.
 */
export const subscribeImportProgress: SubscriptionField = async (deps, request) => {
  const { runner, bus, metrics } = deps;
  const { args, context, responseKey, selectionSet, fragments } = request;
  const jobId = String(args.jobId);
  const checked = await runner.run(
    context,
    'query ($j: ID!) { importJob(id: $j) { workspaceId } }',
    {
      j: jobId,
    },
  );
  const job = checked.importJob as { workspaceId: string } | null;
  if (!job) throw notFound('ImportJob', jobId);
  const release = deps.acquire(job.workspaceId);
  const events = eventStream<ImportProgressEvent>(
    bus,
    { types: ['import.progress'] },
    (event) => event.jobId === jobId,
  );
  // Fragment spreads are kept: the operation's fragments go with the query.
  const selection = `{ ${selectionSet.length ? selectionSet.map((s) => print(s)).join(' ') : 'id'} }`;
  return mapEvents<ImportProgressEvent, Record<string, unknown>>(
    events,
    async () => {
      const data = await runner.run(
        context,
        `query ($j: ID!) { importJob(id: $j) ${selection} }\n${fragments}`,
        { j: jobId },
      );
      if (!data.importJob) return undefined;
      metrics.deliveries.inc();
      return { [responseKey]: data.importJob };
    },
    (error) => ({ [responseKey]: error }),
    release,
  );
};
