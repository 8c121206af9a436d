import type { ErrorReporter } from './event-bus-error.ts';
import type { PlatformEvent, PlatformEventType } from './platform-event.ts';

/** Receives events; errors it throws or rejects with go to the bus's `onError`. */
export type EventHandler = (event: PlatformEvent) => void | Promise<void>;

/** Narrows a subscription; omitted keys match everything. */
export interface EventFilter {
  types?: PlatformEventType[];
  workspaceId?: string;
}

/** Publishes platform events to, and delivers them from, every process on the same channel. */
export interface EventBus {
  /** Validates the event and resolves once the transport accepted it. */
  publish(event: PlatformEvent): Promise<void>;
  /** Calls `handler` for every matching event published from now on; returns the unsubscribe. */
  subscribe(handler: EventHandler, filter?: EventFilter): () => void;
  /** Stops delivery and releases every connection; safe to call twice. */
  close(): Promise<void>;
}

/** Options every bus takes. */
export interface EventBusOptions {
  /** Buses only hear each other on the same channel; defaults to `platform_events`. */
  channel?: string;
  /** Invalid messages, failing handlers and connection trouble; defaults to `process.emitWarning`. */
  onError?: ErrorReporter;
}

/** Options of the buses that keep a network connection. */
export interface NetworkEventBusOptions extends EventBusOptions {
  /** Called once listening again after a lost connection; events published meanwhile were missed. */
  onReconnect?: () => void;
}
