import { checkChannelName } from './channel-name.ts';
import { createErrorReporter } from './event-bus-error.ts';
import type { EventBus, EventBusOptions } from './event-bus.ts';
import { memoryHub } from './memory-hub.ts';
import { createSubscriptions } from './subscriptions.ts';
import { createTransportBus } from './transport-bus.ts';

/** An in-process bus: buses on the same channel in this process hear each other. */
export function createMemoryEventBus(options: EventBusOptions = {}): EventBus {
  const channel = checkChannelName(options.channel);
  const subscriptions = createSubscriptions(createErrorReporter(options.onError));
  const stopListening = memoryHub.listen(channel, subscriptions.deliver);
  return createTransportBus(
    {
      // Same wire format and limits as the network buses, so tests catch what production would.
      send: async (payload) => memoryHub.send(channel, payload),
      close: async () => stopListening(),
    },
    subscriptions,
  );
}
