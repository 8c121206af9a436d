import type { RecordChangedEvent } from '@pyairtable/events';
import { notFound } from '@pyairtable/subgraph-kit';
import { print } from 'graphql';
import { eventStream, mapEvents } from './event-stream.ts';
import type { SubscriptionField } from './subscription-field.ts';
import { trackTableAccess, type CheckedTable } from './table-visibility.ts';
import { shapeSelection } from './through-gateway.ts';

const CHECK = `query ($b: ID!, $t: ID!, $name: String!, $f: String) {
  base(id: $b) {
    workspace { id }
    table(idOrName: $name) { id fields { id } access { fingerprint hasRowRule } }
  }
  records(baseId: $b, tableId: $t, filterByFormula: $f, first: 0) { totalCount }
}`;

const MATCH = `query ($b: ID!, $t: ID!, $f: String) {
  records(baseId: $b, tableId: $t, filterByFormula: $f, first: 1) { totalCount }
}`;

interface Checked {
  workspace: { id: string };
  table: CheckedTable | null;
}

/**
 * `recordChanged(baseId, tableId, filterByFormula)`: access and the formula are checked up
 * front; each event is checked again (membership, the subscriber's grants and rules, then the
 * formula and row rule on the record through the mirror) and its `record { … }` selection
 * resolved through the gateway. A record never exists for a subscriber outside their row rule:
 * one that leaves it arrives as DELETED, one that enters it as CREATED.
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
  const base = checked.base as Checked | null;
  if (!base?.table) throw notFound('Table', String(args.tableId));
  const tableId = base.table.id;
  let access = await runner.access(context, base.workspace.id, base.table.access.fingerprint);
  const table = trackTableAccess({
    bus,
    runner,
    context,
    baseId,
    tableId,
    workspaceId: () => access.workspaceId,
    initial: base.table,
  });
  await table.learnVisible().catch((error: unknown) => {
    table.stop();
    throw error;
  });
  const acquired = deps.acquire(access.workspaceId);
  const release = () => {
    table.stop();
    acquired();
  };
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
      const { fingerprint, hasRowRule } = await table.current();
      access = await runner.access(context, access.workspaceId, fingerprint);
      let visible = true;
      if (event.kind !== 'DELETED' && (formula || hasRowRule)) {
        // The mirror answers as the subscriber: their row rule and the formula both apply.
        const match = await runner
          .forEvent(event.id, access, context, MATCH, {
            b: baseId,
            t: tableId,
            f: formula
              ? `AND(RECORD_ID() = "${event.recordId}", ${formula})`
              : `RECORD_ID() = "${event.recordId}"`,
          })
          .catch(() => null);
        visible = Boolean(match && (match.records as { totalCount: number }).totalCount > 0);
        if (!visible && !hasRowRule) return undefined;
      }
      const kind = table.kindFor(event.recordId, event.kind, visible);
      if (!kind) return undefined;
      const values = {
        __typename: 'RecordChange',
        kind,
        changedFields: kind === 'UPDATED' ? table.visibleFields(event.changedFields) : [],
        recordId: event.recordId,
      };
      const result = await shapeSelection(selections, values, async (field) => {
        if (kind === 'DELETED') return null;
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
