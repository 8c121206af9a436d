import type { SyncProgressEvent, TableSchemaChangedEvent } from '@pyairtable/events';
import { notFound } from '@pyairtable/subgraph-kit';
import { print } from 'graphql';
import { eventStream, mapEvents } from './event-stream.ts';
import type { SubscriptionField } from './subscription-field.ts';
import { shapeSelection } from './through-gateway.ts';

const CHECK = 'query ($b: ID!) { base(id: $b) { workspace { id } } }';

/** `syncProgress(baseId)` and `tableSchemaChanged(baseId)`: a base's sync and schema, live. */
export function subscribeBaseEvents(type: 'sync.progress' | 'table.schemaChanged') {
  const field: SubscriptionField = async (deps, request) => {
    const { runner, bus, metrics } = deps;
    const { args, context, responseKey, selections, fragments } = request;
    const baseId = String(args.baseId);
    const checked = await runner.check(context, CHECK, { b: baseId });
    const base = checked.base as { workspace: { id: string } } | null;
    if (!base) throw notFound('Base', baseId);
    let access = await runner.access(context, base.workspace.id);
    const release = deps.acquire(access.workspaceId);
    const events = eventStream<SyncProgressEvent | TableSchemaChangedEvent>(
      bus,
      { types: [type] },
      // A base linked to several workspaces announces each change once per workspace: a
      // subscriber hears the copy of the workspace it reaches the base through.
      (event) => event.baseId === baseId && event.workspaceId === access.workspaceId,
    );
    return mapEvents<SyncProgressEvent | TableSchemaChangedEvent, Record<string, unknown>>(
      events,
      async (event) => {
        access = await runner.access(context, access.workspaceId);
        const result =
          event.type === 'sync.progress'
            ? await shapeSelection(
                selections,
                {
                  __typename: 'SyncStatus',
                  state: event.status,
                  recordsDone: event.recordsDone,
                  recordsTotal: event.recordsTotal,
                  tablesDone: event.tablesDone,
                  tablesTotal: event.tablesTotal,
                  lastSyncedAt: null,
                  error: null,
                },
                async () => null,
              )
            : await shapeSelection(
                selections,
                { __typename: 'TableSchemaChange', tableId: event.tableId },
                async (nested) => {
                  const data = await runner.forEvent(
                    event.id,
                    access,
                    context,
                    `query ($b: ID!, $t: String!) { base(id: $b) { table(idOrName: $t) ${print(nested.selectionSet!)} } }\n${fragments}`,
                    { b: baseId, t: event.tableId },
                  );
                  return (data.base as { table?: unknown } | null)?.table ?? null;
                },
              );
        metrics.deliveries.inc();
        return { [responseKey]: result };
      },
      (error) => ({ [responseKey]: error }),
      release,
    );
  };
  return field;
}
