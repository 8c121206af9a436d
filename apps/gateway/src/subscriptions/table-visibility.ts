import type { EventBus } from '@pyairtable/events';
import { notFound } from '@pyairtable/subgraph-kit';
import { LRUCache } from 'lru-cache';
import type { GatewayRunner, SubscriberContext } from './through-gateway.ts';

const ACCESS = `query ($b: ID!, $t: String!) {
  base(id: $b) { table(idOrName: $t) { id fields { id } access { fingerprint hasRowRule } } }
}`;

const VISIBLE_IDS = `query ($b: ID!, $t: ID!, $first: Int!) {
  records(baseId: $b, tableId: $t, first: $first) { edges { node { id } } }
}`;

// Records this subscriber was told about, for tables where only some records exist for them.
const MAX_KNOWN = 10_000;

interface TableAccess {
  fingerprint: string;
  hasRowRule: boolean;
}

/** A table as the subscription check reads it. */
export interface CheckedTable {
  id: string;
  fields: { id: string }[];
  access: TableAccess;
}

/**
 * What one subscriber may see of a table, kept current: read again after the base's grants or
 * rules change (a permissions.changed event), so a revoked grant applies to the next event.
 * With a row rule, it remembers which records the subscriber was told about, so a record that
 * leaves the rule arrives once as DELETED and one that enters it as CREATED.
 */
export function trackTableAccess(options: {
  bus: EventBus;
  runner: GatewayRunner;
  context: SubscriberContext;
  baseId: string;
  tableId: string;
  workspaceId: () => string;
  initial: CheckedTable;
}) {
  let current = options.initial.access;
  let fields = new Set(options.initial.fields.map((f) => f.id));
  let stale = false;
  const known = new LRUCache<string, true>({ max: MAX_KNOWN });
  /** The records that exist for the subscriber now: the ones they may be told about. */
  async function learnVisible() {
    known.clear();
    if (!current.hasRowRule) return;
    const data = await options.runner.run(options.context, VISIBLE_IDS, {
      b: options.baseId,
      t: options.tableId,
      first: 1_000,
    });
    // Pages beyond the first are learnt as their records change (they arrive as CREATED).
    const edges = (data.records as { edges: { node: { id: string } }[] }).edges;
    for (const edge of edges) known.set(edge.node.id, true);
  }
  const unsubscribe = options.bus.subscribe(
    (event) => {
      if (
        event.type === 'permissions.changed' &&
        event.baseId === options.baseId &&
        event.workspaceId === options.workspaceId()
      )
        stale = true;
    },
    { types: ['permissions.changed'] },
  );

  return {
    stop: unsubscribe,
    learnVisible,
    /** The changed fields the subscriber may see (hidden fields are never named to them). */
    visibleFields: (ids: readonly string[]) => ids.filter((id) => fields.has(id)),
    /** The access now; NOT_FOUND once the table no longer exists for the subscriber. */
    async current(): Promise<TableAccess> {
      if (!stale) return current;
      stale = false;
      const data = await options.runner.run(options.context, ACCESS, {
        b: options.baseId,
        t: options.tableId,
      });
      const table = (data.base as { table: CheckedTable | null } | null)?.table;
      if (!table) throw notFound('Table', options.tableId);
      const hadRule = current.hasRowRule;
      current = table.access;
      fields = new Set(table.fields.map((f) => f.id));
      if (current.hasRowRule && !hadRule) await learnVisible();
      return current;
    },
    /**
     * The kind to tell the subscriber, given whether the record exists for them now; null when
     * they should hear nothing (a record they were never shown).
     */
    kindFor(
      recordId: string,
      kind: 'CREATED' | 'UPDATED' | 'DELETED',
      visible: boolean,
    ): 'CREATED' | 'UPDATED' | 'DELETED' | null {
      if (!current.hasRowRule) return visible || kind === 'DELETED' ? kind : null;
      const wasKnown = known.has(recordId);
      if (kind === 'DELETED') {
        known.delete(recordId);
        return 'DELETED';
      }
      if (!visible) {
        known.delete(recordId);
        return wasKnown ? 'DELETED' : null;
      }
      known.set(recordId, true);
      return wasKnown ? kind : 'CREATED';
    },
  };
}
