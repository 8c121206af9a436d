import type { EventBus, NetworkEventBusOptions } from './event-bus.ts';
import { createMemoryEventBus } from './memory-event-bus.ts';
import { createPostgresEventBus } from './postgres-event-bus.ts';
import { createRedisEventBus } from './redis-event-bus.ts';

/** Which transport `createEventBus` uses: Redis if given, else PostgreSQL, else in-process. */
export interface EventBusConfig extends NetworkEventBusOptions {
  redisUrl?: string;
  databaseUrl?: string;
}

/** Picks Redis when `redisUrl` is set, else PostgreSQL when `databaseUrl` is, else memory. */
export async function createEventBus(config: EventBusConfig): Promise<EventBus> {
  const { redisUrl, databaseUrl, ...options } = config;
  if (redisUrl) return createRedisEventBus({ ...options, redisUrl });
  if (databaseUrl) return createPostgresEventBus({ ...options, databaseUrl });
  return createMemoryEventBus(options);
}
