import { EventBusError, type ErrorReporter } from './event-bus-error.ts';
import type { EventFilter, EventHandler } from './event-bus.ts';
import { parseEventPayload } from './event-payload.ts';
import type { PlatformEvent } from './platform-event.ts';

interface Subscription {
  handler: EventHandler;
  filter: EventFilter;
}

/** A process's local subscribers, and the delivery of wire messages to them. */
export interface Subscriptions {
  add(handler: EventHandler, filter?: EventFilter): () => void;
  /** Delivers one wire message: invalid ones are reported and dropped. Never throws. */
  deliver(payload: string): void;
  /** Drops every subscriber; later messages are ignored. */
  close(): void;
}

/** Tracks subscribers and isolates them from each other's failures. */
export function createSubscriptions(report: ErrorReporter): Subscriptions {
  const active = new Set<Subscription>();
  let closed = false;

  function run(subscription: Subscription, event: PlatformEvent): void {
    const fail = (cause: unknown) =>
      report(
        new EventBusError('handler-failed', `A handler failed on ${event.type} ${event.id}.`, {
          cause,
          event,
        }),
      );
    try {
      Promise.resolve(subscription.handler(event)).catch(fail);
    } catch (error) {
      fail(error);
    }
  }

  return {
    add(handler, filter = {}) {
      const subscription = { handler, filter };
      active.add(subscription);
      return () => {
        active.delete(subscription);
      };
    },
    deliver(payload) {
      if (closed) return;
      const parsed = parseEventPayload(payload);
      if (!parsed.ok) {
        report(
          new EventBusError('invalid-message', `Dropped a message: ${parsed.error.message}`, {
            cause: parsed.error,
            payload,
          }),
        );
        return;
      }
      const event = parsed.event;
      for (const subscription of [...active]) {
        // A handler may unsubscribe another one while this event is being delivered.
        if (!active.has(subscription) || !matches(subscription.filter, event)) continue;
        run(subscription, event);
      }
    },
    close() {
      closed = true;
      active.clear();
    },
  };
}

function matches(filter: EventFilter, event: PlatformEvent): boolean {
  if (filter.types && !filter.types.includes(event.type)) return false;
  if (filter.workspaceId !== undefined && filter.workspaceId !== event.workspaceId) return false;
  return true;
}
