import type { EventBus } from './event-bus.ts';
import { serializeEvent } from './event-payload.ts';
import type { Subscriptions } from './subscriptions.ts';

/** What carries wire messages between processes; it feeds incoming ones to `Subscriptions.deliver`. */
export interface Transport {
  /** Resolves once the message was accepted for delivery. */
  send(payload: string): Promise<void>;
  /** Releases every connection. */
  close(): Promise<void>;
}

/** Builds the bus every implementation shares on top of a transport. */
export function createTransportBus(transport: Transport, subscriptions: Subscriptions): EventBus {
  let closing: Promise<void> | undefined;
  const assertOpen = () => {
    if (closing) throw new Error('The event bus is closed.');
  };
  return {
    async publish(event) {
      assertOpen();
      await transport.send(serializeEvent(event));
    },
    subscribe(handler, filter) {
      assertOpen();
      return subscriptions.add(handler, filter);
    },
    close() {
      if (!closing) {
        subscriptions.close();
        closing = transport.close();
      }
      return closing;
    },
  };
}
