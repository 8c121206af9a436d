import type { RecordChangedEvent } from '@pyairtable/events';
import { notFound } from '@pyairtable/subgraph-kit';
import { print } from 'graphql';
import { eventStream, mapEvents } from './event-stream.ts';
import type { SubscriptionField } from './subscription-field.ts';
import { shapeSelection } from './through-gateway.ts';

const CHECK = `query ($b: ID!, $t: ID!, $name: String!, $f: String) {
  base(id: $b) { workspace { id } table(idOrName: $name) { id } }
  records(baseId: $b, tableId: $t, filterByFormula: $f, first: 0) { totalCount }
}`;

const MATCH = `query ($b: ID!, $t: ID!, $f: String) {
  records(baseId: $b, tableId: $t, filterByFormula: $f, first: 1) { totalCount }
}`;

/**
 * `recordChanged(baseId, tableId, filterByFormula)`: access and the formula are checked up
 * front; each event is checked again (membership, then the formula on the record through
 * the mirror) and its `record { … }` selection resolved through the gateway.
 */
export const subscribeRecordChanged: SubscriptionField = async (deps, request) => {
  const { runner, bus, metrics } = deps;
  const { args, context, responseKey, selections, fragments } = request;
  const baseId = String(args.baseId);
  const formula =
    typeof args.filterByFormula === 'string' && args.filterByFormula.trim()
      ? args.filterByFormula
      : null;
  const checked = await runner.check(context, CHECK, {
    b: baseId,
    t: String(args.tableId),
    name: String(args.tableId),
    f: formula,
  });
  const base = checked.base as { workspace: { id: string }; table: { id: string } | null } | null;
  if (!base?.table) throw notFound('Table', String(args.tableId));
  const tableId = base.table.id;
  let access = await runner.access(context, base.workspace.id);
  const release = deps.acquire(access.workspaceId);
  const events = eventStream<RecordChangedEvent>(
    bus,
    { types: ['record.changed'] },
    // A base linked to several workspaces announces each change once per workspace: a
    // subscriber hears the copy of the workspace it reaches the base through.
    (event) =>
      event.baseId === baseId &&
      event.tableId === tableId &&
      event.workspaceId === access.workspaceId,
  );
  return mapEvents<RecordChangedEvent, Record<string, unknown>>(
    events,
    async (event) => {
      access = await runner.access(context, access.workspaceId);
      if (formula && event.kind !== 'DELETED') {
        const match = await runner
          .forEvent(event.id, access, context, MATCH, {
            b: baseId,
            t: tableId,
            f: `AND(RECORD_ID() = "${event.recordId}", ${formula})`,
          })
          .catch(() => null);
        if (!match || (match.records as { totalCount: number }).totalCount === 0) return undefined;
      }
      const values = {
        __typename: 'RecordChange',
        kind: event.kind,
        changedFields: event.changedFields,
        recordId: event.recordId,
      };
      const result = await shapeSelection(selections, values, async (field) => {
        if (event.kind === 'DELETED') return null;
        const data = await runner.forEvent(
          event.id,
          access,
          context,
          `query ($b: ID!, $t: ID!, $id: ID!) { record(baseId: $b, tableId: $t, id: $id) ${print(field.selectionSet!)} }\n${fragments}`,
          { b: baseId, t: tableId, id: event.recordId },
        );
        return data.record;
      });
      metrics.deliveries.inc();
      return { [responseKey]: result };
    },
    (error) => ({ [responseKey]: error }),
    release,
  );
};
