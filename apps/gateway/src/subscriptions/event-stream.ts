import type { EventBus, EventFilter, PlatformEvent } from '@pyairtable/events';
import { overLimit } from '@pyairtable/subgraph-kit';
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
      failure = overLimit(
        'Too many undelivered events: the subscription was closed. Resubscribe and reload.',
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

/**
 * Results of a subscription from its events: `map` returns a result, or undefined to skip
 * the event. A GraphQLError (revoked access, queue overflow) becomes one last result made
 * by `failed`, then the stream ends. Ending it (client completes or disconnects) releases
 * the bus subscription at once, without waiting for another event.
 */
export function mapEvents<T, R>(
  events: AsyncIterableIterator<T>,
  map: (event: T) => Promise<R | undefined>,
  failed: (error: GraphQLError) => R,
  onEnd: () => void,
): AsyncIterableIterator<R> {
  let ended = false;
  const end = async () => {
    if (ended) return;
    ended = true;
    onEnd();
    await events.return?.();
  };
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    async next(): Promise<IteratorResult<R>> {
      try {
        while (!ended) {
          const step = await events.next();
          if (step.done || ended) break;
          const result = await map(step.value);
          if (result !== undefined && !ended) return { value: result, done: false };
        }
      } catch (error) {
        if (ended || !(error instanceof GraphQLError)) {
          await end();
          throw error;
        }
        await end();
        return { value: failed(error), done: false };
      }
      await end();
      return { value: undefined, done: true };
    },
    async return(): Promise<IteratorResult<R>> {
      await end();
      return { value: undefined, done: true };
    },
  };
}
