import { Redis, type RedisOptions } from 'ioredis';
import { checkChannelName } from './channel-name.ts';
import { createErrorReporter, EventBusError } from './event-bus-error.ts';
import type { EventBus, NetworkEventBusOptions } from './event-bus.ts';
import { reconnectDelay } from './reconnect-delay.ts';
import { watchRedisConnection } from './redis-connection-watch.ts';
import { createSubscriptions } from './subscriptions.ts';
import { createTransportBus } from './transport-bus.ts';

/** Where the Redis bus connects; every process must name the same server (and channel). */
export interface RedisEventBusOptions extends NetworkEventBusOptions {
  redisUrl: string;
}

/** A bus on Redis pub/sub with a separate subscriber connection; resolves once subscribed. */
export async function createRedisEventBus(options: RedisEventBusOptions): Promise<EventBus> {
  const channel = checkChannelName(options.channel);
  const report = createErrorReporter(options.onError);
  const subscriptions = createSubscriptions(report);
  const settings: RedisOptions = {
    lazyConnect: true,
    connectTimeout: 10_000,
    keepAlive: 10_000,
    retryStrategy: (times) => reconnectDelay(times - 1),
    // We re-SUBSCRIBE ourselves, so onReconnect fires only once the subscription is back.
    autoResubscribe: false,
  };
  const publisher = new Redis(options.redisUrl, {
    ...settings,
    connectionName: `pyairtable-events-pub:${channel}`,
  });
  const subscriber = new Redis(options.redisUrl, {
    ...settings,
    connectionName: `pyairtable-events-sub:${channel}`,
  });
  const publisherWatch = watchRedisConnection(publisher, 'publisher', report);
  const subscriberWatch = watchRedisConnection(subscriber, 'subscriber', report, () => {
    subscriber.subscribe(channel).then(
      () => options.onReconnect?.(),
      (cause: unknown) =>
        report(new EventBusError('reconnect-failed', 'Re-subscribing to Redis failed.', { cause })),
    );
  });
  subscriber.on('message', (from: string, message: string) => {
    if (from === channel) subscriptions.deliver(message);
  });

  try {
    await Promise.all([publisher.connect(), subscriber.connect()]);
    await subscriber.subscribe(channel);
  } catch (error) {
    publisher.disconnect();
    subscriber.disconnect();
    const cause = subscriberWatch.firstError() ?? publisherWatch.firstError() ?? error;
    throw new Error(`The event bus could not connect to Redis: ${(cause as Error).message}`, {
      cause,
    });
  }
  publisherWatch.started();
  subscriberWatch.started();

  return createTransportBus(
    {
      async send(payload) {
        await publisher.publish(channel, payload);
      },
      async close() {
        publisherWatch.stop();
        subscriberWatch.stop();
        await Promise.all([release(publisher), release(subscriber)]);
      },
    },
    subscriptions,
  );
}

/** QUIT when connected (flushes what was sent); otherwise stop reconnecting at once. */
async function release(redis: Redis): Promise<void> {
  if (redis.status === 'ready') {
    await redis.quit().catch(() => redis.disconnect());
  } else {
    redis.disconnect();
  }
}
