import type { PlatformEvent } from './platform-event.ts';

/** Why a bus reported an error instead of throwing it. */
export type EventBusErrorReason =
  /** A message on the channel was not a valid event; it was dropped. */
  | 'invalid-message'
  /** A subscriber's handler threw or rejected; other handlers still ran. */
  | 'handler-failed'
  /** A transport connection dropped; the bus is reconnecting. */
  | 'connection-lost'
  /** One reconnect attempt failed; the bus tries again with a longer delay. */
  | 'reconnect-failed';

/** An error a bus passes to `onError`: it never throws into its transport. */
export class EventBusError extends Error {
  override readonly name = 'EventBusError';
  readonly reason: EventBusErrorReason;
  /** The raw wire message, for `invalid-message`. */
  readonly payload?: string;
  /** The event being delivered, for `handler-failed`. */
  readonly event?: PlatformEvent;

  constructor(
    reason: EventBusErrorReason,
    message: string,
    details: { cause?: unknown; payload?: string; event?: PlatformEvent } = {},
  ) {
    super(message, { cause: details.cause });
    this.reason = reason;
    if (details.payload !== undefined) this.payload = details.payload;
    if (details.event !== undefined) this.event = details.event;
  }
}

/** Receives what a bus could not deliver or keep connected. */
export type ErrorReporter = (error: EventBusError) => void;

/** Wraps `onError` so it can never throw back into a transport; defaults to a process warning. */
export function createErrorReporter(onError?: ErrorReporter): ErrorReporter {
  const report = onError ?? ((error: EventBusError) => process.emitWarning(error));
  return (error) => {
    try {
      report(error);
    } catch {
      // onError itself failed: nothing is left to tell, and the transport must keep running.
    }
  };
}
