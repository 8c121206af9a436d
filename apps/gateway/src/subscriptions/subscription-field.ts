import type { EventBus } from '@pyairtable/events';
import { overLimit } from '@pyairtable/subgraph-kit';
import type { FieldNode, SelectionNode } from 'graphql';
import type { Metrics } from '../metrics.ts';
import type { GatewayRunner, SubscriberContext } from './through-gateway.ts';

/** One subscription as its field resolver sees it. */
export interface SubscriptionRequest {
  args: Record<string, unknown>;
  context: SubscriberContext;
  /** The field's response key: results are keyed by it (the gateway resolves by alias). */
  responseKey: string;
  selections: readonly FieldNode[];
  /** Every selection of the field, fragment spreads and inline fragments included. */
  selectionSet: readonly SelectionNode[];
  /** The operation's fragment definitions, appended to nested queries. */
  fragments: string;
}

export interface SubscriptionDeps {
  bus: EventBus;
  runner: GatewayRunner;
  metrics: Metrics;
  /** Counts a subscription against its workspace; returns its release. */
  acquire(workspaceId: string): () => void;
}

/** A subscription field: checks access, then streams results. */
export type SubscriptionField = (
  deps: SubscriptionDeps,
  request: SubscriptionRequest,
) => Promise<AsyncIterableIterator<Record<string, unknown>>>;

/** Subscriptions per workspace on this gateway process, bounded. */
export function createWorkspaceLimits(max: number) {
  const counts = new Map<string, number>();
  return function acquire(workspaceId: string): () => void {
    const count = counts.get(workspaceId) ?? 0;
    if (count >= max)
      throw overLimit(
        `This workspace already has ${max} live subscriptions on this server. Close some and retry.`,
      );
    counts.set(workspaceId, count + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (counts.get(workspaceId) ?? 1) - 1;
      if (left > 0) counts.set(workspaceId, left);
      else counts.delete(workspaceId);
    };
  };
}
