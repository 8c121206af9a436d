import type { EventBus, EventFilter, PlatformEvent } from '@pyairtable/events';
import { GraphQLError } from 'graphql';

// A subscriber that falls this far behind is disconnected rather than buffered forever.
const MAX_QUEUED_EVENTS = 500;

/** Events of the bus as an async iterator, bounded, unsubscribing when the client stops. */
export function eventStream<T extends PlatformEvent>(
  bus: EventBus,
  filter: EventFilter,
  accept: (event: T) => boolean,
): AsyncIterableIterator<T> {
  const queue: T[] = [];
  let wake: (() => void) | undefined;
  let failure: GraphQLError | undefined;
  let done = false;
  const unsubscribe = bus.subscribe((event) => {
    if (done || !accept(event as T)) return;
    if (queue.length >= MAX_QUEUED_EVENTS) {
      failure = new GraphQLError(
        'Too many undelivered events: the subscription was closed. Resubscribe and reload.',
        { extensions: { code: 'RATE_LIMITED' } },
      );
    } else {
      queue.push(event as T);
    }
    wake?.();
  }, filter);
  const finish = () => {
    done = true;
    unsubscribe();
    wake?.();
  };
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    async next(): Promise<IteratorResult<T>> {
      for (;;) {
        if (failure) {
          finish();
          throw failure;
        }
        const event = queue.shift();
        if (event) return { value: event, done: false };
        if (done) return { value: undefined, done: true };
        await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
      }
    },
    async return(): Promise<IteratorResult<T>> {
      finish();
      return { value: undefined, done: true };
    },
  };
}
